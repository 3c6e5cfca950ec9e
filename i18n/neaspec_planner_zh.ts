<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmChain</name>
    <message>
        <source>Running {} ({}/{})…</source>
        <translation>正在运行{}（{}/{}）…</translation>
    </message>
    <message>
        <source>The algorithm failed; see the log.</source>
        <translation>算法运行失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>CompareOptionsAlgorithm</name>
    <message>
        <source>Compare corridor options</source>
        <translation>比较生态廊道方案</translation>
    </message>
    <message>
        <source>Runs the least-cost corridors (as in 'Least-cost corridors and gaps') on a BASELINE resistance and on each option, for the workshop side-by-side.

OPTIONS: layers, each named by its layer name. A raster is an alternative resistance (resampled onto the baseline grid if needed). A line or polygon layer is applied to a copy of the baseline: a numeric 'cost' field sets the cost of every cell the features touch ('impassable' blocks them); otherwise a 'type' field: crossing and restoration lower the cost to the baseline's lowest cost (normally 1), barrier makes the cells impassable. A layer with neither field is taken by its name (a name with 'crossing', 'restor', 'barrier' or 'fence').
MAX_DISTANCE (m) and CORRIDOR_WIDTH (cost × m) as in the corridors tool; PROTECTED and COUNTRIES (optional) make gap_ha the corridor area outside protected areas.

TABLE: one row per link and option (the baseline included) with link (from-to core ids), option, lcd (cost × m), lcd_change_pct (against the baseline; negative = easier), cwd_to_euclid and gap_ha. CHANGES: a folder with one GeoTIFF per option, changes_&lt;option&gt;.tif: +1 corridor gained, −1 corridor lost, 0 corridor in both, nodata elsewhere.</source>
        <translation>以基准阻力（BASELINE）和每个方案分别计算最小成本廊道（与“最小成本廊道与保护空缺”相同），供研讨会并排比较。

OPTIONS：图层，每个方案以其图层名称命名。栅格图层作为替代阻力（必要时重采样到基准栅格的网格上）。线或多边形图层应用于基准阻力的副本：若有数值型 'cost' 字段，则要素所触及的每个像元的成本设为该值（'impassable' 表示阻断）；否则读取 'type' 字段：crossing（通道）和 restoration（修复）将成本降至基准的最低成本（通常为 1），barrier（屏障）使像元不可通行。两个字段都没有的图层按名称判断（名称含 'crossing'、'restor'、'barrier' 或 'fence'）。
MAX_DISTANCE（m）和 CORRIDOR_WIDTH（成本 × m）与廊道工具相同；给出 PROTECTED 和 COUNTRIES（可选）时，gap_ha 为保护地以外的廊道面积。

TABLE：每个连接和方案（含基准）一行，字段为 link（起止核心区 ID）、option、lcd（成本 × m）、lcd_change_pct（相对基准的变化；负值 = 更易通过）、cwd_to_euclid 和 gap_ha。CHANGES：文件夹，每个方案一个 GeoTIFF，即 changes_&lt;option&gt;.tif：+1 为新增廊道，−1 为失去的廊道，0 为两者均是廊道，其余为无数据值。</translation>
    </message>
    <message>
        <source>Baseline resistance raster (cost per metre, projected CRS)</source>
        <translation>基准阻力栅格（每米成本，投影坐标系）</translation>
    </message>
    <message>
        <source>Options (resistance rasters, or crossings / restorations / barriers layers)</source>
        <translation>方案（阻力栅格，或通道/修复/屏障图层）</translation>
    </message>
    <message>
        <source>Comparison table (link × option)</source>
        <translation>比较表（连接 × 方案）</translation>
    </message>
    <message>
        <source>Folder for the change rasters (one per option)</source>
        <translation>变化栅格的文件夹（每个方案一个）</translation>
    </message>
    <message>
        <source>Option raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>方案栅格“{}”不是 GDAL 可读取的文件；请先将其另存为 GeoTIFF。</translation>
    </message>
    <message>
        <source>Option layer &apos;{}&apos; has no coordinate reference system.</source>
        <translation>方案图层“{}”没有坐标参照系。</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; is neither a raster nor a vector layer.</source>
        <translation>方案“{}”既不是栅格图层，也不是矢量图层。</translation>
    </message>
    <message>
        <source>{} option(s) compared on {} link(s).</source>
        <translation>{} 个方案已在 {} 个连接上完成比较。</translation>
    </message>
</context>
<context>
    <name>ConnectivityAlgorithm</name>
    <message>
        <source>Network connectivity (PC, IIC, dPC)</source>
        <translation>网络连通性（PC、IIC、dPC）</translation>
    </message>
    <message>
        <source>How well a network of patches (habitat patches, protected areas, wetland sites of a flyway) is connected, and which patch matters most — the probability of connectivity (PC) and the integral index of connectivity (IIC) of Saura et al., as Conefor computes them.

PATCHES: polygons; features with the same PATCH_ID form one node. ATTRIBUTE (optional, ≥ 0): the node weight a; default the area in ha. DISTANCE: edge (between the polygons, 0 when they touch) or centroid (of the largest part). Distances and areas are metres and hectares in an equal-area projection (EPSG:4326 input is reprojected).
Kernel: p = PROBABILITY at MEDIAN_DISTANCE (m), p_ij = p^(d_ij/d). MIN_PROBABILITY: pairs below it are not linked (0 = no cut-off; pairs below 1e-12 never are; 0.01 reproduces Makurhini). IIC_DISTANCE (m, default MEDIAN_DISTANCE): patches at most this far apart are linked for IIC.
LANDSCAPE_AREA (ha) or STUDY_AREA (polygons) give A_L; default the patches' area sum.

NODES: the patches with a, country (with COUNTRIES), dPC = dPCintra + dPCflux + dPCconnector (% of PC lost without the patch: its own area, its flow with the others, its role as a stepping stone), the same for dIIC, and rank (1 = highest dPC). LINKS: lines between linked pairs with distance_m and p. SUMMARY: one row per metric (PC, IIC): numerator, index, ec (equivalent connected area, ha), landscape (A_L), intra_pct, direct_pct, step_pct (they add up to 100) and n_nodes.

Every pair is solved with compiled shortest paths on −ln p, and every node's dPC without solving the network again for each node (docs/algorithms/connectivity.md).</source>
        <translation>斑块网络（栖息地斑块、保护地、迁飞通道上的湿地）的连通程度，以及哪个斑块最重要——即 Saura 等人的连通概率（PC）和整体连通性指数（IIC），计算方式与 Conefor 相同。

PATCHES：多边形；PATCH_ID 相同的要素构成一个节点。ATTRIBUTE（可选，≥ 0）：节点权重 a；默认为面积（公顷）。DISTANCE：edge（多边形之间的距离，相接时为 0）或 centroid（最大部分的质心）。距离和面积以等积投影中的米和公顷计（EPSG:4326 输入会被重投影）。
扩散核：MEDIAN_DISTANCE（米）处的概率为 p = PROBABILITY，p_ij = p^(d_ij/d)。MIN_PROBABILITY：低于该值的点对不连接（0 = 不截断；低于 1e-12 的点对始终不连接；0.01 与 Makurhini 一致）。IIC_DISTANCE（米，默认 MEDIAN_DISTANCE）：距离不超过该值的斑块在 IIC 中相连。
LANDSCAPE_AREA（公顷）或 STUDY_AREA（多边形）给出 A_L；默认为斑块面积之和。

NODES：各斑块及其 a、country（提供 COUNTRIES 时）、dPC = dPCintra + dPCflux + dPCconnector（失去该斑块时损失的 PC 百分比：其自身面积、与其他斑块之间的流、其作为踏脚石的作用），dIIC 同理，以及 rank（1 = dPC 最高）。LINKS：相连点对之间的线，含 distance_m 和 p。SUMMARY：每个指标（PC、IIC）一行：numerator、index、ec（等效连通面积，公顷）、landscape（A_L）、intra_pct、direct_pct、step_pct（三者之和为 100）和 n_nodes。

所有点对都用编译代码在 −ln p 上求最短路径，每个节点的 dPC 无需为每个节点重新求解整个网络（docs/algorithms/connectivity.md）。</translation>
    </message>
    <message>
        <source>Patches (habitat, protected areas or wetland sites)</source>
        <translation>斑块（栖息地、保护地或湿地）</translation>
    </message>
    <message>
        <source>Patch id field</source>
        <translation>斑块标识字段</translation>
    </message>
    <message>
        <source>Node weight field (default: area in ha)</source>
        <translation>节点权重字段（默认：面积，公顷）</translation>
    </message>
    <message>
        <source>Distance between patches</source>
        <translation>斑块间距离</translation>
    </message>
    <message>
        <source>Median dispersal distance d (m)</source>
        <translation>中位扩散距离 d（米）</translation>
    </message>
    <message>
        <source>Probability p at the median distance</source>
        <translation>中位距离处的概率 p</translation>
    </message>
    <message>
        <source>Minimum probability of a link (0 = no cut-off)</source>
        <translation>连接的最小概率（0 = 不截断）</translation>
    </message>
    <message>
        <source>IIC link distance (m, default: the median distance)</source>
        <translation>IIC 连接距离（米，默认：中位距离）</translation>
    </message>
    <message>
        <source>Landscape area A_L (ha, default: the patches&apos; area sum)</source>
        <translation>景观面积 A_L（公顷，默认：斑块面积之和）</translation>
    </message>
    <message>
        <source>Study area (its area is A_L)</source>
        <translation>研究区（其面积即 A_L）</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>国家（ISO3 / ISO_A3 / ADM0_A3 字段）</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国家代码字段（默认：ISO3 / ISO_A3 / ADM0_A3 / GID_0）</translation>
    </message>
    <message>
        <source>Nodes with their importance (dPC, dIIC)</source>
        <translation>节点及其重要性（dPC、dIIC）</translation>
    </message>
    <message>
        <source>Links with their probability</source>
        <translation>连接及其概率</translation>
    </message>
    <message>
        <source>Connectivity summary (PC, IIC)</source>
        <translation>连通性汇总（PC、IIC）</translation>
    </message>
    <message>
        <source>Choose the patch id field.</source>
        <translation>请选择斑块标识字段。</translation>
    </message>
    <message>
        <source>{} patch feature(s) read from &apos;{}&apos;.</source>
        <translation>已读取 {} 个斑块要素（来自“{}”）。</translation>
    </message>
    <message>
        <source>PC = {:.6g}, EC = {:,.1f} (intra {:.1f} %, direct {:.1f} %, stepping stones {:.1f} %); {} node(s), {} link(s).</source>
        <translation>PC = {:.6g}，EC = {:,.1f}（斑块内 {:.1f} %，直接 {:.1f} %，经踏脚石 {:.1f} %）；{} 个节点，{} 条连接。</translation>
    </message>
</context>
<context>
    <name>CorridorsAlgorithm</name>
    <message>
        <source>Least-cost corridors and gaps</source>
        <translation>最小成本廊道与保护空缺</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>核心区</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>核心区 ID 字段</translation>
    </message>
    <message>
        <source>Resistance raster (cost per metre, projected CRS)</source>
        <translation>阻力栅格（每米成本，投影坐标系）</translation>
    </message>
    <message>
        <source>Maximum link distance, edge to edge (m)</source>
        <translation>最大连接距离，边缘到边缘（m）</translation>
    </message>
    <message>
        <source>Corridor width (cost × m above the least-cost distance)</source>
        <translation>廊道宽度（超出最小成本距离的成本 × m）</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>国家（ISO3 / ISO_A3 / ADM0_A3 字段）</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>保护地</translation>
    </message>
    <message>
        <source>Links (least-cost paths)</source>
        <translation>连接（最小成本路径）</translation>
    </message>
    <message>
        <source>Corridors (NLCC, cost × m)</source>
        <translation>廊道（NLCC，成本 × m）</translation>
    </message>
    <message>
        <source>Corridor gaps (outside protected areas)</source>
        <translation>廊道保护空缺（保护地以外）</translation>
    </message>
    <message>
        <source>Choose the core id field.</source>
        <translation>请选择核心区 ID 字段。</translation>
    </message>
    <message>
        <source>{} core feature(s) read from &apos;{}&apos;.</source>
        <translation>已读取 {} 个核心区要素（来自“{}”）。</translation>
    </message>
    <message>
        <source>The corridor raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>廊道栅格以 GeoTIFF 格式写出：请使用 .tif 文件名（当前为“{}”）。</translation>
    </message>
    <message>
        <source>{} link(s); {} transboundary; corridor gaps {:.1f} ha.</source>
        <translation>{} 个连接；其中 {} 个跨境；廊道保护空缺 {:.1f} ha。</translation>
    </message>
    <message>
        <source>No links: fewer than two cores, or no pair within the maximum distance. The outputs are empty.</source>
        <translation>没有连接：核心区少于两个，或没有任何一对核心区在最大距离以内。输出为空。</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, as in Linkage Mapper, and the parts of them outside protected areas, per country.

CORES: polygons (a multi-part feature, or several features with the same CORE_ID, is one core; a core smaller than a cell uses the cell it lies in). RESISTANCE: cost of crossing one metre of each cell (≥ 1; zero or negative cells stop the run; nodata is impassable), in a projected CRS in metres.
Cost model: 8 neighbours; a move costs the mean of the two cells' costs × the step length in metres (GRASS r.cost's default). All costs (lcd, CORRIDOR_WIDTH, the corridor raster) are in cost × metres: crossing 1 km of cost-1 land costs 1000.
MAX_DISTANCE (m): cores whose edges are at most this far apart (straight line) are linked. CORRIDOR_WIDTH (cost × m): cells whose normalised least-cost corridor value NLCC = CWD_A + CWD_B − LCD is at most this are in the corridor (0 on the least-cost path).

LINKS: the least-cost path of each link with from_id, to_id, lcd (least-cost distance), euclid_m (edge-to-edge), path_m, cwd_to_euclid, cwd_to_path (mean cost along the path), countries crossed (ISO3, in path order), transboundary (1/0), unprotected_m (path length outside PROTECTED) and rank (1 = lowest cwd_to_euclid, the best-connected link). CORRIDORS: the NLCC mosaic (minimum over links) where ≤ CORRIDOR_WIDTH, nodata elsewhere. GAPS: corridor area outside PROTECTED, one polygon per link and country, with area_ha (equal-area).

DROP_THROUGH_CORES (default on): a link whose least-cost path runs through a third core is dropped (it is redundant with the links to that core); the log lists them.

The results are those of a search over the whole raster: each core's cost distance is computed once, in a window around it that is checked to give the whole-raster answer (else searched again in a larger one). The run is refused up front with a memory estimate if it would need more than 4 GiB.</source>
        <translation>核心区之间的最小成本生态廊道（方法同 Linkage Mapper），以及廊道位于保护地以外的部分（按国家）。

CORES：多边形（一个多部件要素，或 CORE_ID 相同的多个要素，视为一个核心区；小于一个像元的核心区使用其所在的像元）。RESISTANCE：穿越每个像元一米的成本（≥ 1；出现零或负值像元时运行中止；无数据值表示不可通行），须为以米为单位的投影坐标系。
成本模型：8 邻域；每步移动的成本 = 两个像元成本的平均值 × 步长（米）（GRASS r.cost 的默认方式）。所有成本（lcd、CORRIDOR_WIDTH、廊道栅格）的单位均为成本 × 米：穿越 1 km 成本为 1 的土地，成本为 1000。
MAX_DISTANCE（m）：边缘间直线距离不超过此值的核心区相互连接。CORRIDOR_WIDTH（成本 × m）：标准化最小成本廊道值 NLCC = CWD_A + CWD_B − LCD 不超过此值的像元属于廊道（最小成本路径上为 0）。

LINKS：每个连接的最小成本路径，字段为 from_id、to_id、lcd（最小成本距离）、euclid_m（边缘间距离）、path_m、cwd_to_euclid、cwd_to_path（沿路径的平均成本）、途经国家（ISO3，按路径顺序）、transboundary（1/0，是否跨境）、unprotected_m（位于 PROTECTED 以外的路径长度）和 rank（1 = cwd_to_euclid 最小，即连通性最好的连接）。CORRIDORS：NLCC 镶嵌栅格（各连接中的最小值），≤ CORRIDOR_WIDTH 处有值，其余为无数据值。GAPS：位于 PROTECTED 以外的廊道区域，每个连接和国家一个多边形，带 area_ha（等积）。

DROP_THROUGH_CORES（默认开启）：最小成本路径穿过第三个核心区的连接将被删除（它与通往该核心区的连接重复）；日志中列出这些连接。

结果与在整个栅格上搜索的结果相同：每个核心区的成本距离只计算一次，计算窗口经过检验可给出与整个栅格相同的答案（否则在更大的窗口中重新搜索）。若运行所需内存超过 4 GiB，则在开始前给出内存估算并拒绝运行。</translation>
    </message>
    <message>
        <source>Drop links whose least-cost path runs through a third core</source>
        <translation>删除最小成本路径穿过第三个核心区的连接</translation>
    </message>
    <message>
        <source>Such a link is redundant with the links to that core (Linkage Mapper&apos;s default). Dropped links are listed in the log.</source>
        <translation>这样的连接与通往该核心区的连接重复（Linkage Mapper 的默认做法）。被删除的连接列在日志中。</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>The maximum link distance must be positive (got {value} m).</source>
        <translation>最大连接距离必须为正数（当前为 {value} m）。</translation>
    </message>
    <message>
        <source>The corridor width must be zero or positive (got {value}).</source>
        <translation>廊道宽度必须为零或正数（当前为 {value}）。</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>栅格“{name}”带有旋转；请先将其重投影为正北朝上的格网。</translation>
    </message>
    <message>
        <source>Core {names} of layer &apos;{layer}&apos; lies outside the resistance raster &apos;{raster}&apos;. Clip the cores to the raster or use a raster covering them.</source>
        <translation>图层“{layer}”的核心区 {names} 位于阻力栅格“{raster}”之外。请将核心区裁剪到栅格范围内，或使用覆盖它们的栅格。</translation>
    </message>
    <message>
        <source>This run would need about {need} of memory (raster {rows} × {cols} cells, {windows} core windows), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE.</source>
        <translation>本次运行约需 {need} 内存（栅格 {rows} × {cols} 个像元，{windows} 个核心区窗口），超过 {budget} 的预算。请使用更粗的阻力栅格（更大的像元）、将其裁剪到研究区，或降低 MAX_DISTANCE。</translation>
    </message>
    <message>
        <source>An exact cost distance from {name} needs a window of {cells} cells, more than the memory budget allows ({allowed} cells). Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE or CORRIDOR_WIDTH.</source>
        <translation>从{name}计算精确的成本距离需要 {cells} 个像元的窗口，超过内存预算所允许的范围（{allowed} 个像元）。请使用更粗的阻力栅格（更大的像元）、将其裁剪到研究区，或降低 MAX_DISTANCE 或 CORRIDOR_WIDTH。</translation>
    </message>
    <message>
        <source>{table} line {line}: {reason}</source>
        <translation>{table} 第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>{table} feature {line}: {reason}</source>
        <translation>{table} 第 {line} 个要素：{reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no station id field (looked for {fields}; fields: {present}).</source>
        <translation>图层“{layer}”没有站点编号字段（查找了 {fields}；现有字段：{present}）。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; must hold points (one per station).</source>
        <translation>图层“{layer}”必须是点图层（每个站点一个点）。</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a number ({value})</source>
        <translation>“{field}”不是数字（{value}）</translation>
    </message>
    <message>
        <source>negative effort ({value} days)</source>
        <translation>努力量为负（{value} 天）</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date ({value}); use YYYY-MM-DD</source>
        <translation>“{field}”不是日期（{value}）；请用 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is in the future ({value})</source>
        <translation>“{field}”是未来日期（{value}）</translation>
    </message>
    <message>
        <source>end date before start date</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>no location (empty geometry)</source>
        <translation>没有位置（空几何）</translation>
    </message>
    <message>
        <source>no station id</source>
        <translation>没有站点编号</translation>
    </message>
    <message>
        <source>station &apos;{station}&apos; is already placed elsewhere (line {line})</source>
        <translation>站点“{station}”已位于别处（第 {line} 行）</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has neither &apos;effort_days&apos; nor &apos;start&apos; and &apos;end&apos;: effort is 0 and cells with stations count as surveyed.</source>
        <translation>图层“{layer}”既没有“effort_days”，也没有“start”和“end”：努力量为 0，有站点的网格仍计为已调查。</translation>
    </message>
    <message>
        <source>{layer}: {count} station row(s) without effort (no &apos;effort_days&apos;, no start and end dates) count as surveyed with 0 days: lines {lines}.</source>
        <translation>{layer}：{count} 行站点没有努力量（无“effort_days”，也无开始和结束日期），按已调查、0 天计：第 {lines} 行。</translation>
    </message>
    <message>
        <source>{layer}: {count} station(s) lie outside every country polygon: {stations}. Check their coordinates (and CRS); their detections count in the grid, and in a country only through their &apos;country&apos; value.</source>
        <translation>{layer}：{count} 个站点不在任何国家多边形内：{stations}。请检查其坐标（和坐标系）；其检测计入网格，只有通过其“country”值才计入某个国家。</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;{field}&apos; column (columns: {present}).</source>
        <translation>表“{layer}”没有“{field}”列（列：{present}）。</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;station&apos; column and no points: detections need a station or a location.</source>
        <translation>表“{layer}”既没有“station”列也没有点：检测需要站点或位置。</translation>
    </message>
    <message>
        <source>unknown station &apos;{station}&apos; (not in the stations layer, or left out there)</source>
        <translation>未知站点“{station}”（不在站点图层中，或在其中被剔除）</translation>
    </message>
    <message>
        <source>no station and no location</source>
        <translation>没有站点也没有位置</translation>
    </message>
    <message>
        <source>no species</source>
        <translation>没有物种</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <source>date in the future ({value})</source>
        <translation>未来日期（{value}）</translation>
    </message>
    <message>
        <source>duplicate of line {line}</source>
        <translation>与第 {line} 行重复</translation>
    </message>
    <message>
        <source>{layer}: {count} detection(s) dated outside their station's start–end dates (kept; check the dates): lines {lines}.</source>
        <translation>{layer}：{count} 条检测的日期在其站点的起止日期之外（已保留；请检查日期）：第 {lines} 行。</translation>
    </message>
    <message>
        <source>The cell size must be a positive number of metres (got {value}).</source>
        <translation>网格大小必须是正的米数（当前为 {value}）。</translation>
    </message>
    <message>
        <source>No station, detection point or habitat to build the grid on: give stations with locations, or an extent.</source>
        <translation>没有可用于建立网格的站点、检测点或生境：请提供有位置的站点，或指定范围。</translation>
    </message>
    <message>
        <source>The grid would have {cells} cells of {size} m ({nx} × {ny}); the limit is {limit}. Use larger cells or a smaller extent.</source>
        <translation>网格将有 {cells} 个 {size} 米网格（{nx} × {ny}）；上限为 {limit}。请使用更大的网格或更小的范围。</translation>
    </message>
    <message>
        <source>Grid: {nx} × {ny} cells of {size} m in the common monitoring CRS (LAEA 45° N 120° E, origin 0, 0).</source>
        <translation>网格：{nx} × {ny} 个 {size} 米网格，位于共同监测坐标系（LAEA 45° N 120° E，原点 0, 0）。</translation>
    </message>
    <message>
        <source>{count} station(s) lie outside the grid&apos;s extent and are left out of it: {stations}.</source>
        <translation>{count} 个站点在网格范围之外，未计入网格：{stations}。</translation>
    </message>
    <message>
        <source>{count} detection(s) lie outside the grid&apos;s extent and are left out of it.</source>
        <translation>{count} 条检测在网格范围之外，未计入网格。</translation>
    </message>
    <message>
        <source>{count} row(s) left out (listed with their line numbers).</source>
        <translation>剔除了 {count} 行（已列出行号）。</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no coordinate reference system.</source>
        <translation>栅格“{layer}”没有坐标参考系。</translation>
    </message>
    <message>
        <source>Raster '{layer}' has {count} cells with a negative conductance, e.g. row {row}, column {col} (value {value}). Conductances must be ≥ 0; set impassable cells to 0 or nodata.</source>
        <translation>栅格“{layer}”有 {count} 个像元的电导为负值，例如第 {row} 行第 {col} 列（值 {value}）。电导必须 ≥ 0；请将不可通行的像元设为 0 或无数据。</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has {count} cells with zero or negative resistance, e.g. row {row}, column {col} (value {value}). Resistances must be &gt; 0; set impassable cells to nodata.</source>
        <translation>栅格“{layer}”有 {count} 个像元的阻力为零或负值，例如第 {row} 行第 {col} 列（值 {value}）。阻力必须 &gt; 0；请将不可通行的像元设为无数据。</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no cell that conducts: every cell is nodata (or has conductance 0).</source>
        <translation>栅格“{layer}”没有任何可导电的像元：所有像元均为无数据（或电导为 0）。</translation>
    </message>
    <message>
        <source>CONNECTIONS must be 4 or 8 (got {value}).</source>
        <translation>CONNECTIONS 必须为 4 或 8（当前为 {value}）。</translation>
    </message>
    <message>
        <source>AVERAGE must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>AVERAGE 必须为“resistance”或“conductance”（当前为“{value}”）。</translation>
    </message>
    <message>
        <source>This circuit would need about {need} of memory ({nodes} nodes on a {rows} × {cols} grid), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or give a CORRIDORS raster to solve inside the corridors only.</source>
        <translation>此电路约需 {need} 内存（{rows} × {cols} 栅格上的 {nodes} 个节点），超过了 {budget} 的预算。请使用更粗的阻力栅格（更大的像元）、将其裁剪到研究区，或提供 CORRIDORS 栅格以仅在廊道内求解。</translation>
    </message>
    <message>
        <source>The circuit for {pair} could not be solved accurately (backward error {residual}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances (e.g. at 10⁶ times the smallest) or set impassable cells to nodata, and run again.</source>
        <translation>{pair} 的电路无法精确求解（后向误差 {residual}）：阻力跨越的数量级超出了双精度的范围。请限制最大阻力（例如不超过最小值的 10⁶ 倍）或将不可通行的像元设为无数据，然后重新运行。</translation>
    </message>
    <message>
        <source>The circuit for {pair} gave inconsistent results (resistance {resistance} but dissipated power {power}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances or set impassable cells to nodata, and run again.</source>
        <translation>{pair} 的电路结果不一致（阻力 {resistance}，但耗散功率为 {power}）：阻力跨越的数量级超出了双精度的范围。请限制最大阻力或将不可通行的像元设为无数据，然后重新运行。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each focal node.</source>
        <translation>图层“{layer}”没有字段“{field}”。请选择标识每个焦点节点的字段。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no fields &apos;from_id&apos; and &apos;to_id&apos;: give the LINKS output of the corridor tool.</source>
        <translation>图层“{layer}”没有字段“from_id”和“to_id”：请提供廊道工具输出的 LINKS。</translation>
    </message>
    <message>
        <source>RESISTANCE_IS must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>RESISTANCE_IS 必须为“resistance”或“conductance”（当前为“{value}”）。</translation>
    </message>
    <message>
        <source>The pinch-point percentile must be from 0 to below 100 (got {value}).</source>
        <translation>夹点百分位数必须在 0 到 100（不含）之间（当前为 {value}）。</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>栅格“{layer}”是旋转的；请先将其重投影为正北朝上的网格。</translation>
    </message>
    <message>
        <source>The corridor raster '{layer}' is not on the resistance raster's grid ({rows} × {cols} cells, same origin and cell size). Use the CORRIDORS output made from this resistance raster.</source>
        <translation>廊道栅格“{layer}”与阻力栅格的网格不一致（{rows} × {cols} 个像元，相同的原点和像元大小）。请使用由此阻力栅格生成的 CORRIDORS 输出。</translation>
    </message>
    <message>
        <source>The corridor raster &apos;{layer}&apos; has no corridor cell (every cell is nodata).</source>
        <translation>廊道栅格“{layer}”没有廊道像元（所有像元均为无数据）。</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>No {what} raster was given.</source>
        <translation>未提供 {what} 栅格。</translation>
    </message>
    <message>
        <source>Raster '{name}' has no coordinate reference system. Set it (Layer Properties ▸ Source) and run again.</source>
        <translation>栅格“{name}”没有坐标参考系。请设置坐标参考系（图层属性 ▸ 源）后再运行。</translation>
    </message>
    <message>
        <source>Cannot build a mosaic of the tiles {names}: {error}</source>
        <translation>无法将图块 {names} 拼接为镶嵌：{error}</translation>
    </message>
    <message>
        <source>Cannot reproject the tiles onto the analysis grid: {error}</source>
        <translation>无法将图块重投影到分析网格：{error}</translation>
    </message>
    <message>
        <source>{what}: {pct} % of the extent has no tile, so no data there (output nodata): {where}.</source>
        <translation>{what}：范围的 {pct} % 没有图块，因此那里没有数据（输出为无数据值）：{where}。</translation>
    </message>
    <message>
        <source>EXTENT must have xmax &gt; xmin and ymax &gt; ymin (got {extent}).</source>
        <translation>EXTENT 必须满足 xmax &gt; xmin 且 ymax &gt; ymin（当前为 {extent}）。</translation>
    </message>
    <message>
        <source>TARGET_CRS &apos;{name}&apos; is not a projected CRS in metres; leave it empty for the equal-area CRS centred on the extent.</source>
        <translation>TARGET_CRS“{name}”不是以米为单位的投影坐标系；留空则使用以范围为中心的等积坐标系。</translation>
    </message>
    <message>
        <source>CELL_SIZE must be a positive number of metres (got {cell}).</source>
        <translation>CELL_SIZE 必须是以米为单位的正数（当前为 {cell}）。</translation>
    </message>
    <message>
        <source>The analysis grid would have {rows} × {cols} cells at {cell} m: too many. Use a larger CELL_SIZE or a smaller EXTENT.</source>
        <translation>在 {cell} m 下分析网格将有 {rows} × {cols} 个像元：过多。请使用更大的 CELL_SIZE 或更小的 EXTENT。</translation>
    </message>
    <message>
        <source>Land-cover tile &apos;{name}&apos; is stored as {type}: tiles must hold integer class codes (Byte, UInt16, Int16, Int32, like ESA WorldCover). Convert it with gdal_translate -ot Byte or Int32.</source>
        <translation>土地覆盖图块“{name}”的存储类型为 {type}：图块必须存放整数类别代码（Byte、UInt16、Int16、Int32，与 ESA WorldCover 相同）。请用 gdal_translate -ot Byte 或 Int32 转换。</translation>
    </message>
    <message>
        <source>{n} land-cover tile(s) in another CRS than the others reprojected on the fly: {names}.</source>
        <translation>{n} 个土地覆盖图块的坐标系与其他图块不同，已即时重投影：{names}。</translation>
    </message>
    <message>
        <source>AGGREGATE must be one of {allowed} (got &apos;{value}&apos;).</source>
        <translation>AGGREGATE 必须是 {allowed} 之一（当前为“{value}”）。</translation>
    </message>
    <message>
        <source>The extent does not overlap any land-cover tile ({names}).</source>
        <translation>范围与任何土地覆盖图块都不重叠（{names}）。</translation>
    </message>
    <message>
        <source>Analysis grid: {rows} × {cols} cells of {cell} m in {crs}, from {n} land-cover tile(s), aggregate '{aggregate}'.</source>
        <translation>分析网格：{rows} × {cols} 个 {cell} m 像元，坐标系 {crs}，来自 {n} 个土地覆盖图块，聚合方式“{aggregate}”。</translation>
    </message>
    <message>
        <source>DEM: {n} tile(s) reprojected onto the analysis grid ({method} resampling); slope and ruggedness in metres at {cell} m.</source>
        <translation>DEM：{n} 个图块已重投影到分析网格（{method} 重采样）；坡度和崎岖度以米为单位在 {cell} m 下计算。</translation>
    </message>
    <message>
        <source>{n} cell(s) impassable because most of their fine cells are of impassable classes.</source>
        <translation>{n} 个像元不可通行，因为其大部分细像元属于不可通行类别。</translation>
    </message>
    <message>
        <source>Folder &apos;{folder}&apos; holds no raster tiles (.tif, .tiff, .vrt, .img, .hgt, .jp2) for {what}.</source>
        <translation>文件夹“{folder}”中没有可用于 {what} 的栅格图块（.tif、.tiff、.vrt、.img、.hgt、.jp2）。</translation>
    </message>
    <message>
        <source>Tiles to add for {what} (none exists where the gap is open sea): {names}.</source>
        <translation>需为 {what} 补充的图块（缺口若为外海则不存在图块）：{names}。</translation>
    </message>
    <message>
        <source>Memory budget: about {mb} MB (GDAL block cache {cache} MB, warp buffers {warp} MB, blocks of {rows} rows × {cols} columns {block} MB, the rest {base} MB); it does not grow with the size of the tiles.</source>
        <translation>内存预算：约 {mb} MB（GDAL 块缓存 {cache} MB，重投影缓冲区 {warp} MB，{rows} 行 × {cols} 列的块 {block} MB，其余 {base} MB）；不随图块大小增长。</translation>
    </message>
    <message>
        <source>The median dispersal distance must be more than 0 m (got {value}).</source>
        <translation>中位扩散距离必须大于 0 米（当前为 {value}）。</translation>
    </message>
    <message>
        <source>The probability at the median distance must lie between 0 and 1, both excluded (got {value}).</source>
        <translation>中位距离处的概率必须介于 0 和 1 之间（不含两端，当前为 {value}）。</translation>
    </message>
    <message>
        <source>The minimum probability must lie between 0 (no cut-off) and 1 (got {value}).</source>
        <translation>最小概率必须介于 0（不截断）和 1 之间（当前为 {value}）。</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' must hold a number ≥ 0 for every patch; patch '{patch}' has '{value}' ({count} such patches). Fill or fix the field, or leave ATTRIBUTE empty to use the patch area.</source>
        <translation>图层“{layer}”：字段“{field}”必须为每个斑块提供 ≥ 0 的数值；斑块“{patch}”的值为“{value}”（共 {count} 个此类斑块）。请填写或修正该字段，或将 ATTRIBUTE 留空以使用斑块面积。</translation>
    </message>
    <message>
        <source>The IIC link distance must be 0 m or more (got {value}).</source>
        <translation>IIC 连接距离必须不小于 0 米（当前为 {value}）。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>图层“{layer}”没有字段“{field}”。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} patch(es) have no value in &apos;{field}&apos;. Give every patch an id.</source>
        <translation>图层“{layer}”：{count} 个斑块在“{field}”中没有值。请为每个斑块指定标识。</translation>
    </message>
    <message>
        <source>The transboundary distance must be 0 m or more (got {value}).</source>
        <translation>跨境距离必须不小于 0 米（当前为 {value}）。</translation>
    </message>
    <message>
        <source>Country code(s) {codes} are not in layer &apos;{layer}&apos; (field &apos;{field}&apos;). Use codes of that field, e.g. {example}.</source>
        <translation>国家代码 {codes} 不在图层“{layer}”（字段“{field}”）中。请使用该字段中的代码，例如 {example}。</translation>
    </message>
    <message>
        <source>Layer '{layer}' has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>图层“{layer}”没有坐标参考系。请在 QGIS 中设置（图层属性 ▸ 源）后重新运行。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has an unreadable coordinate reference system: {error}</source>
        <translation>图层“{layer}”的坐标参考系无法读取：{error}</translation>
    </message>
    <message>
        <source>Raster '{raster}' is in a geographic CRS ({crs}): cell sizes are in degrees, not metres. Reproject it to a projected CRS in metres first (Raster ▸ Projections ▸ Warp), e.g. a Lambert azimuthal equal-area or UTM CRS.</source>
        <translation>栅格“{raster}”使用地理坐标系（{crs}）：像元大小以度为单位，而不是米。请先将其重投影到以米为单位的投影坐标系（栅格 ▸ 投影 ▸ 变换），例如兰伯特方位等积投影或 UTM。</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; uses &apos;{unit}&apos; as its unit; reproject it to a CRS in metres.</source>
        <translation>栅格“{raster}”的单位是“{unit}”；请将其重投影到以米为单位的坐标系。</translation>
    </message>
    <message>
        <source>No country code field found (looked for {candidates}; fields: {fields}). Choose the field holding ISO 3166 alpha-3 codes.</source>
        <translation>未找到国家代码字段（查找了 {candidates}；现有字段：{fields}）。请选择存放 ISO 3166 三字母代码的字段。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;; fields: {fields}.</source>
        <translation>图层“{layer}”没有字段“{field}”；现有字段：{fields}。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {error}</source>
        <translation>图层“{layer}”：{error}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is not a WDPA file: it has neither WDPAID (legacy WDPA) nor SITE_ID with SITE_TYPE/REALM/PRNT_ISO3 (WDPCA). Pick the Protected Planet download, or a layer with those fields.</source>
        <translation>图层“{layer}”不是 WDPA 文件：既没有 WDPAID（旧版 WDPA），也没有带 SITE_TYPE/REALM/PRNT_ISO3 的 SITE_ID（WDPCA）。请选择 Protected Planet 下载的数据，或含有这些字段的图层。</translation>
    </message>
    <message>
        <source>Layer '{layer}' has points but no REP_AREA field (reported area, km²) to draw them as circles.</source>
        <translation>图层“{layer}”包含点，但没有 REP_AREA 字段（报告面积，平方公里），无法把它们画成圆。</translation>
    </message>
    <message>
        <source>Layer '{layer}' holds points (a WDPA point file: {count} sites have no boundary). Use the WDPA polygon file, or tick the option to draw each point as a circle of its reported area (REP_AREA) — an approximation, flagged in the output.</source>
        <translation>图层“{layer}”包含点（WDPA 点文件：{count} 个保护地没有边界）。请使用 WDPA 面文件，或勾选把每个点画成其报告面积（REP_AREA）的圆这一选项——这是近似做法，会在输出中标注。</translation>
    </message>
    <message>
        <source>{field} codes {wrong} do not exist; valid codes: {valid}</source>
        <translation>{field} 代码 {wrong} 不存在；有效代码：{valid}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no PRESENCE, ORIGIN or SEASONAL field: is it an IUCN Red List or BirdLife range map?</source>
        <translation>图层“{layer}”没有 PRESENCE、ORIGIN 或 SEASONAL 字段：它是 IUCN 红色名录或 BirdLife 的分布图吗？</translation>
    </message>
    <message>
        <source>Unknown legend &apos;{legend}&apos; (no {file} in resources/legends).</source>
        <translation>未知图例“{legend}”（resources/legends 中没有 {file}）。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos; has neither a &apos;cost&apos; nor a &apos;type&apos; field. Add a numeric &apos;cost&apos; (the new cost of the cells it covers) or a &apos;type&apos; (crossing, restoration or barrier).</source>
        <translation>方案图层“{layer}”既没有“cost”字段也没有“type”字段。请添加数值型“cost”（其覆盖像元的新成本）或“type”（crossing、restoration 或 barrier）。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: unknown type &apos;{kind}&apos;. Use crossing, restoration or barrier (or give a numeric &apos;cost&apos;).</source>
        <translation>方案图层“{layer}”，要素 {feature}：未知类型“{kind}”。请使用 crossing、restoration 或 barrier（或给出数值型“cost”）。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost &apos;{cost}&apos; is not a number (or &apos;impassable&apos;).</source>
        <translation>方案图层“{layer}”，要素 {feature}：成本“{cost}”不是数字（也不是“impassable”）。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost {cost:g} must be &gt; 0; use &apos;impassable&apos; for a barrier.</source>
        <translation>方案图层“{layer}”，要素 {feature}：成本 {cost:g} 必须大于 0；屏障请用“impassable”。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature} has neither a cost nor a type.</source>
        <translation>方案图层“{layer}”的要素 {feature} 既没有成本也没有类型。</translation>
    </message>
    <message>
        <source>Option &apos;{option}&apos; has neither a raster nor a layer.</source>
        <translation>方案“{option}”既没有栅格也没有图层。</translation>
    </message>
    <message>
        <source>Give at least one option (a resistance raster or a layer of crossings, restorations or barriers).</source>
        <translation>请至少给出一个方案（阻力栅格，或通道、修复或屏障图层）。</translation>
    </message>
    <message>
        <source>Option names must be unique and not &apos;{baseline}&apos;: {names}. Rename the layers.</source>
        <translation>方案名称必须唯一，且不能是“{baseline}”：{names}。请重命名这些图层。</translation>
    </message>
    <message>
        <source>Layer '{layer}' ({role}) holds points, but polygons are needed. Protected Planet publishes sites without a boundary as points with a reported area (REP_AREA, km²): buffer them to circles of that area first (radius = sqrt(REP_AREA × 1,000,000 / π) metres, in a projected CRS): tick 'Draw WDPA points as circles of their reported area (REP_AREA)' of this tool, or use Vector ▸ Geoprocessing ▸ Buffer.</source>
        <translation>图层“{layer}”（{role}）包含点，但这里需要面。Protected Planet 把没有边界的保护地发布为带报告面积（REP_AREA，平方公里）的点：请先把它们缓冲成该面积的圆（半径 = sqrt(REP_AREA × 1,000,000 / π) 米，在投影坐标系中）：勾选本工具的“将 WDPA 点画成其报告面积（REP_AREA）的圆”，或使用 矢量 ▸ 地理处理 ▸ 缓冲区。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds points, but polygons are needed.</source>
        <translation>图层“{layer}”（{role}）包含点，但这里需要面。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds no polygons (lines or other geometries); choose a polygon layer.</source>
        <translation>图层“{layer}”（{role}）不含面（线或其他几何）；请选择面图层。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no {field} field for the breakdown; choose another breakdown or add the field.</source>
        <translation>图层“{layer}”没有用于分类统计的 {field} 字段；请选择其他分类方式或添加该字段。</translation>
    </message>
    <message>
        <source>Raster '{raster}' has no coordinate reference system. Assign one (Raster ▸ Projections ▸ Assign Projection) and run again.</source>
        <translation>栅格“{raster}”没有坐标参考系。请指定一个（栅格 ▸ 投影 ▸ 指定投影）后重新运行。</translation>
    </message>
    <message>
        <source>Cannot warp raster &apos;{raster}&apos; to the equal-area grid: {error}</source>
        <translation>无法把栅格“{raster}”变换到等积网格：{error}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; holds fractional values (a suitability surface?): set &apos;Suitability threshold&apos; so that cells at or above it count as habitat.</source>
        <translation>栅格“{raster}”含有小数值（适宜度表面？）：请设置“适宜度阈值”，使大于或等于该值的像元计为生境。</translation>
    </message>
    <message>
        <source>REGULARLY must be one of {rules}, not &apos;{value}&apos;.</source>
        <translation>REGULARLY 必须是 {rules} 之一，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{parameter} must be a distance of 0 metres or more (got {value}).</source>
        <translation>{parameter} 必须是 0 米或以上的距离（当前为 {value}）。</translation>
    </message>
    <message>
        <source>The minimum number of seasons must be at least 1.</source>
        <translation>最少季节数必须至少为 1。</translation>
    </message>
    <message>
        <source>Table {table} has no column {wanted} (columns: {columns}).</source>
        <translation>表 {table} 没有列 {wanted}（现有列：{columns}）。</translation>
    </message>
    <message>
        <source>Table {table} needs a &apos;threshold_1pct&apos; or an &apos;estimate&apos; column (columns: {columns}).</source>
        <translation>表 {table} 需要“threshold_1pct”或“estimate”列（现有列：{columns}）。</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has {geometry} geometries; polygons are needed. Buffer points by their reported area first (e.g. Vector ▸ Geoprocessing ▸ Buffer).</source>
        <translation>图层 {role}（“{layer}”）的几何类型为 {geometry}；这里需要面。请先按报告面积缓冲这些点（例如 矢量 ▸ 地理处理 ▸ 缓冲区）。</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>图层 {role}（“{layer}”）没有坐标参考系。请在 QGIS 中设置（图层属性 ▸ 源）后重新运行。</translation>
    </message>
    <message>
        <source>Layer WETLANDS (&apos;{layer}&apos;) has no site field &apos;{field}&apos; (fields: {fields}). Choose it in SITE_FIELD.</source>
        <translation>图层 WETLANDS（“{layer}”）没有站点字段“{field}”（现有字段：{fields}）。请在 SITE_FIELD 中选择。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a raster: it may be corrupt or truncated ({error}).</source>
        <translation>无法把“{path}”作为栅格打开：文件可能已损坏或不完整（{error}）。</translation>
    </message>
    <message>
        <source>Cannot read raster &apos;{path}&apos;: {error}</source>
        <translation>无法读取栅格“{path}”：{error}</translation>
    </message>
    <message>
        <source>Output folder is missing or not writable: {folder}</source>
        <translation>输出文件夹不存在或不可写：{folder}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>栅格“{raster}”没有坐标参考系。请设置后重新运行。</translation>
    </message>
    <message>
        <source>Cannot resample &apos;{raster}&apos; onto the grid: {error}</source>
        <translation>无法把“{raster}”重采样到网格：{error}</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}</source>
        <translation>无法创建 {path}：{error}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a vector file: it may be corrupt or truncated ({error}).</source>
        <translation>无法把“{path}”作为矢量文件打开：文件可能已损坏或不完整（{error}）。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; not found in &apos;{path}&apos;.</source>
        <translation>在“{path}”中找不到图层“{layer}”。</translation>
    </message>
    <message>
        <source>Unsupported output format &apos;{suffix}&apos; for {path}; use .gpkg, .shp, .geojson or .kml.</source>
        <translation>不支持的输出格式“{suffix}”（{path}）；请使用 .gpkg、.shp、.geojson 或 .kml。</translation>
    </message>
    <message>
        <source>Output folder does not exist: {folder}</source>
        <translation>输出文件夹不存在：{folder}</translation>
    </message>
    <message>
        <source>Output folder is not writable: {folder}</source>
        <translation>输出文件夹不可写：{folder}</translation>
    </message>
    <message>
        <source>Cannot create layer &apos;{layer}&apos; in {path}: {error}</source>
        <translation>无法在 {path} 中创建图层“{layer}”：{error}</translation>
    </message>
    <message>
        <source>Cannot create field &apos;{field}&apos; in {path}.</source>
        <translation>无法在 {path} 中创建字段“{field}”。</translation>
    </message>
    <message>
        <source>Writing {file} failed: {written} of {count} features written.</source>
        <translation>写入 {file} 失败：{count} 个要素中只写入了 {written} 个。</translation>
    </message>
    <message>
        <source>{error} ({parameter})</source>
        <translation>{error}（{parameter}）</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each core area.</source>
        <translation>图层“{layer}”没有字段“{field}”。请选择标识每个核心区的字段。</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies outside the resistance raster. Clip the cores to the raster&apos;s extent or use a larger raster.</source>
        <translation>核心区“{core}”位于阻力栅格之外。请将核心区裁剪到栅格范围内，或使用更大的栅格。</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies only on nodata (impassable) cells of the resistance raster. Give its cells a cost or move the core.</source>
        <translation>核心区“{core}”只落在阻力栅格的无数据（不可通行）像元上。请为这些像元赋予成本，或移动该核心区。</translation>
    </message>
    <message>
        <source>Raster '{name}' has {count} cells with zero or negative cost, e.g. row {row}, column {column} (x={x:.1f}, y={y:.1f}) with value {value:g}. Costs must be &gt; 0 (normally ≥ 1); set impassable cells to nodata instead.</source>
        <translation>栅格“{name}”有 {count} 个像元的成本为零或负值，例如第 {row} 行第 {column} 列（x={x:.1f}，y={y:.1f}），值为 {value:g}。成本必须 &gt; 0（通常 ≥ 1）；不可通行的像元请设为无数据。</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no valid cells: every cell is nodata.</source>
        <translation>栅格“{name}”没有有效像元：所有像元均为无数据。</translation>
    </message>
    <message>
        <source>{what} &apos;{path}&apos; not found.</source>
        <translation>找不到{what}“{path}”。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; is not a text CSV file (binary content); save it as CSV (comma separated, UTF-8) with the columns class,cost.</source>
        <translation>{what}“{file}”不是文本 CSV 文件（内容为二进制）；请另存为含 class,cost 列的 CSV（逗号分隔，UTF-8）。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; cannot be read as text; save it as UTF-8 CSV.</source>
        <translation>无法将{what}“{file}”读取为文本；请另存为 UTF-8 CSV。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has no rows; it needs the columns class,cost.</source>
        <translation>{what}“{file}”没有数据行；需要 class,cost 列。</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost '{text}' is not a number. Write a number ≥ 1, or 'impassable' for a class that cannot be crossed.</source>
        <translation>{what}“{file}”第 {line} 行：成本“{text}”不是数字。请填写 ≥ 1 的数字，不可穿越的类别填写“impassable”。</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost {text} is below 1. Costs are resistances ≥ 1 (1 = easiest to cross); rescale the table, e.g. R' = 1 + (R − Rmin)·999/(Rmax − Rmin).</source>
        <translation>{what}“{file}”第 {line} 行：成本 {text} 小于 1。成本是 ≥ 1 的阻力值（1 = 最易穿越）；请重新缩放该表，例如 R' = 1 + (R − Rmin)·999/(Rmax − Rmin)。</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>成本表</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: the header must name the columns &apos;class&apos; and &apos;cost&apos; (found: {found}).</source>
        <translation>{what}“{file}”第 {line} 行：表头必须包含“class”和“cost”列（现有：{found}）。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: expected at least the columns class,cost; found &apos;{found}&apos;.</source>
        <translation>{what}“{file}”第 {line} 行：至少需要 class,cost 两列；现有“{found}”。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class &apos;{value}&apos; is not an integer class code.</source>
        <translation>{what}“{file}”第 {line} 行：类别“{value}”不是整数类别代码。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class {cls} is already given on line {first}; keep one row per class.</source>
        <translation>{what}“{file}”第 {line} 行：类别 {cls} 已在第 {first} 行给出；每个类别只保留一行。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has a header but no rows.</source>
        <translation>{what}“{file}”有表头但没有数据行。</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles} (custom needs a TABLE).</source>
        <translation>未知的物种配置“{profile}”；请使用以下之一：{profiles}（custom 需要 TABLE）。</translation>
    </message>
    <message>
        <source>Barrier table</source>
        <translation>屏障成本表</translation>
    </message>
    <message>
        <source>The land-cover raster has non-integer values (e.g. {value} at block row {row}, column {column}): it must hold integer class codes.</source>
        <translation>土地覆盖栅格含有非整数值（例如数据块第 {row} 行第 {column} 列的值 {value}）：它必须是整数类别代码。</translation>
    </message>
    <message>
        <source>DEM &apos;{name}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>DEM“{name}”没有坐标参考系。请设置后重新运行。</translation>
    </message>
    <message>
        <source>Cannot read DEM &apos;{name}&apos;: it may be corrupt or truncated ({reason}).</source>
        <translation>无法读取 DEM“{name}”：文件可能已损坏或不完整（{reason}）。</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has values that are not numbers in {count} feature(s): {examples}. Write a cost ≥ 1, 'impassable', or leave it empty.</source>
        <translation>图层“{layer}”：字段“{field}”在 {count} 个要素中的值不是数字：{examples}。请填写 ≥ 1 的成本、“impassable”，或留空。</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has costs below 1 in {count} feature(s): {examples}. Barrier costs are resistances ≥ 1.</source>
        <translation>图层“{layer}”：字段“{field}”在 {count} 个要素中的成本小于 1：{examples}。屏障成本是 ≥ 1 的阻力值。</translation>
    </message>
    <message>
        <source>none for the custom profile</source>
        <translation>无（custom 配置没有）</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} line(s) have a type with no barrier cost for profile &apos;{profile}&apos;: {listing}. Known types: {known}. Add a numeric &apos;{field}&apos; field, remove those lines (e.g. minor roads), or set BARRIER_COST.</source>
        <translation>图层“{layer}”：{count} 条线的类型在配置“{profile}”中没有屏障成本：{listing}。已知类型：{known}。请添加数值字段“{field}”、删除这些线（如次要道路），或设置 BARRIER_COST。</translation>
    </message>
    <message>
        <source>The default barrier cost must be ≥ 1 (got {cost:g}).</source>
        <translation>默认屏障成本必须 ≥ 1（当前为 {cost:g}）。</translation>
    </message>
    <message>
        <source>Barrier width must be a positive number of metres (got {width}).</source>
        <translation>屏障宽度必须是正的米数（当前为 {width}）。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; holds points (e.g. feature {feature}); barriers must be lines (roads, railways, fences).</source>
        <translation>图层“{layer}”包含点（例如要素 {feature}）；屏障必须是线（道路、铁路、围栏）。</translation>
    </message>
    <message>
        <source>Cannot read '{name}' at rows {first}–{last}: the file may be corrupt or truncated ({reason}).</source>
        <translation>无法读取“{name}”的第 {first}–{last} 行：文件可能已损坏或不完整（{reason}）。</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles}.</source>
        <translation>未知的物种配置“{profile}”；请使用以下之一：{profiles}。</translation>
    </message>
    <message>
        <source>The custom profile needs a TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'). Start from a copy of a bundled profile.</source>
        <translation>custom 配置需要 TABLE：含 class,cost 列的 CSV 文件（成本 ≥ 1，或“impassable”）。可从内置配置的副本开始。</translation>
    </message>
    <message>
        <source>Land cover &apos;{name}&apos; has classes missing from the cost table &apos;{table}&apos;: {listing}. Add a row &apos;class,cost&apos; for each to a copy of the table and give it as TABLE, or choose to treat unknown classes as impassable.</source>
        <translation>土地覆盖“{name}”含有成本表“{table}”中缺少的类别：{listing}。请在该表的副本中为每个类别添加一行“class,cost”并作为 TABLE 提供，或选择将未知类别视为不可通行。</translation>
    </message>
    <message>
        <source>Layer {layer} has no field &apos;{field}&apos;: use the output of &apos;Ramsar candidates (transboundary)&apos; (neaspec:ramsar_candidates).</source>
        <translation>图层 {layer} 没有字段“{field}”：请使用“拉姆萨尔湿地候选地（跨境）”（neaspec:ramsar_candidates）的输出。</translation>
    </message>
    <message>
        <source>Choose a candidate id in CANDIDATE (available: {available}).</source>
        <translation>请在 CANDIDATE 中选择一个候选地 ID（可选：{available}）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; is not in layer {layer} (available: {available}).</source>
        <translation>候选地“{candidate}”不在图层 {layer} 中（可选：{available}）。</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; has {count} components without geometry in {layer}.</source>
        <translation>候选地“{candidate}”在 {layer} 中有 {count} 个组成部分没有几何图形。</translation>
    </message>
    <message>
        <source>Cannot create the output folder {folder}: {reason}</source>
        <translation>无法创建输出文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: QGIS cannot open {source}</source>
        <translation>图层“{layer}”：QGIS 无法打开 {source}</translation>
    </message>
    <message>
        <source>{layer}: {skipped} features without geometry or &apos;{focal_id}&apos; skipped.</source>
        <translation>{layer}：已跳过 {skipped} 个没有几何或没有“{focal_id}”的要素。</translation>
    </message>
    <message>
        <source>Focal node '{node}' lies outside the raster: its pairs get −1.</source>
        <translation>焦点节点“{node}”位于栅格之外：其节点对的结果为 −1。</translation>
    </message>
    <message>
        <source>Pinch points: {cells} cells in {parts} link × country parts.</source>
        <translation>夹点：{cells} 个像元，分布在 {parts} 个连接 × 国家部分中。</translation>
    </message>
    <message>
        <source>{layer}: {unknown} links whose cores are not among the focal nodes skipped.</source>
        <translation>{layer}：已跳过 {unknown} 条核心区不在焦点节点中的连接。</translation>
    </message>
    <message>
        <source>Fewer than two focal nodes in &apos;{layer}&apos;: nothing to solve.</source>
        <translation>“{layer}”中的焦点节点少于两个：无需求解。</translation>
    </message>
    <message>
        <source>Focal node '{ident}' lies only on nodata cells: its pairs get −1.</source>
        <translation>焦点节点“{ident}”仅位于无数据像元上：其节点对的结果为 −1。</translation>
    </message>
    <message>
        <source>{skipped} pairs farther apart than {max_distance:g} m not solved.</source>
        <translation>{skipped} 对节点间距超过 {max_distance:g} m，未求解。</translation>
    </message>
    <message>
        <source>{nodes} focal nodes, {pairs} pairs; grid {rows} × {cols}, {graph} nodes.</source>
        <translation>{nodes} 个焦点节点，{pairs} 对；网格 {rows} × {cols}，{graph} 个节点。</translation>
    </message>
    <message>
        <source>No CORRIDORS raster given: pinch points are computed inside corridors only.</source>
        <translation>未提供 CORRIDORS 栅格：夹点仅在廊道内计算。</translation>
    </message>
    <message>
        <source>{count} pairs not connected (resistance −1): {names}.</source>
        <translation>{count} 对不连通（阻力 −1）：{names}。</translation>
    </message>
    <message>
        <source>{count} pairs of cores joined by a corridor.</source>
        <translation>{count} 对核心区由廊道相连。</translation>
    </message>
    <message>
        <source>No corridor joins '{a}' and '{b}': resistance −1.</source>
        <translation>没有廊道连接“{a}”和“{b}”：阻力 −1。</translation>
    </message>
    <message>
        <source>Link {label}: the corridor cells beside its path do not join its cores; solved in all the corridor pieces joining them.</source>
        <translation>连接 {label}：其路径旁的廊道像元不能连通其核心区；已在连接它们的所有廊道片段中求解。</translation>
    </message>
    <message>
        <source>{layer}: distances and areas in {crs} (metres, equal-area).</source>
        <translation>{layer}：距离和面积在 {crs} 中量算（米，等积）。</translation>
    </message>
    <message>
        <source>{layer}: {count} features share a patch id with another and were merged into one node each.</source>
        <translation>{layer}：{count} 个要素与其他要素的斑块 ID 相同，已各自合并为一个节点。</translation>
    </message>
    <message>
        <source>{layer}: no patch with a measurable geometry; the outputs are empty.</source>
        <translation>{layer}：没有可量算几何的斑块；输出为空。</translation>
    </message>
    <message>
        <source>{layer}: a single patch; PC is its own a² / A_L², and there are no links.</source>
        <translation>{layer}：只有一个斑块；PC 即其自身的 a² / A_L²，且没有连接。</translation>
    </message>
    <message>
        <source>{pairs} pairs within reach for PC (p ≥ {p:g}, d ≤ {pc_reach:,.0f} m); {links} IIC links (d ≤ {iic_distance:,.0f} m).</source>
        <translation>PC 可达范围内有 {pairs} 对（p ≥ {p:g}，d ≤ {pc_reach:,.0f} m）；IIC 连接 {links} 条（d ≤ {iic_distance:,.0f} m）。</translation>
    </message>
    <message>
        <source>No pair of patches within reach: every patch is isolated (PC = intra-patch only).</source>
        <translation>没有在可达范围内的斑块对：每个斑块都是孤立的（PC 仅为斑块内部部分）。</translation>
    </message>
    <message>
        <source>{layer}: {count} features without geometry skipped.</source>
        <translation>{layer}：已跳过 {count} 个没有几何的要素。</translation>
    </message>
    <message>
        <source>{layer}: {count} features without a &apos;{core_id}&apos; value skipped.</source>
        <translation>{layer}：已跳过 {count} 个没有“{core_id}”值的要素。</translation>
    </message>
    <message>
        <source>{layer}: {count} invalid geometries repaired (make_valid).</source>
        <translation>{layer}：已修复 {count} 个无效几何（make_valid）。</translation>
    </message>
    <message>
        <source>Fewer than two cores in &apos;{layer}&apos;: no links.</source>
        <translation>“{layer}”中的核心区少于两个：没有连接。</translation>
    </message>
    <message>
        <source>No pair of cores lies within {max_distance:g} m: no links.</source>
        <translation>没有任何一对核心区的间距在 {max_distance:g} m 以内：没有连接。</translation>
    </message>
    <message>
        <source>{cores} cores, {links} links; estimated memory {memory} (up to {whole} if a search must cover the whole raster).</source>
        <translation>{cores} 个核心区，{links} 条连接；估计内存 {memory}（若搜索须覆盖整个栅格，最多 {whole}）。</translation>
    </message>
    <message>
        <source>Core '{core}': cheaper routes may leave its first window; searched again in {rows} × {cols} cells.</source>
        <translation>核心区“{core}”：成本更低的路径可能超出其初始窗口；已在 {rows} × {cols} 个像元中重新搜索。</translation>
    </message>
    <message>
        <source>Link {a}-{b} dropped: its least-cost path runs through core &apos;{through}&apos; (DROP_THROUGH_CORES).</source>
        <translation>已删除连接 {a}-{b}：其最小成本路径穿过核心区“{through}”（DROP_THROUGH_CORES）。</translation>
    </message>
    <message>
        <source>Cores &apos;{a}&apos; and &apos;{b}&apos; are not connected through passable cells: the link has no least-cost path.</source>
        <translation>核心区“{a}”和“{b}”之间没有可通行像元相连：该连接没有最小成本路径。</translation>
    </message>
    <message>
        <source>No protected areas given: the whole corridor area is reported as gaps.</source>
        <translation>未提供保护地：整个廊道区域均报告为保护空缺。</translation>
    </message>
    <message>
        <source>Corridor gaps: {cells} cells, {parts} link × country parts.</source>
        <translation>廊道保护空缺：{cells} 个像元，{parts} 个连接 × 国家部分。</translation>
    </message>
    <message>
        <source>{stations} stations and {detections} detections kept; {rejected} rows left out.</source>
        <translation>保留 {stations} 个站点和 {detections} 条检测记录；剔除 {rejected} 行。</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: no &apos;cost&apos; or &apos;type&apos; field; every feature is taken as a {kind} (from the layer&apos;s name).</source>
        <translation>方案“{layer}”：没有“cost”或“type”字段；每个要素均按{kind}处理（根据图层名称）。</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: raster resampled onto the baseline grid (nearest neighbour).</source>
        <translation>方案“{layer}”：栅格已重采样到基准网格（最近邻）。</translation>
    </message>
    <message>
        <source>Baseline &apos;{layer}&apos;.</source>
        <translation>基准“{layer}”。</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;.</source>
        <translation>方案“{layer}”。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons: the outputs are empty.</source>
        <translation>图层“{layer}”没有可用的多边形：输出为空。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons near the habitat: all habitat is gap.</source>
        <translation>图层“{layer}”在栖息地附近没有可用的多边形：所有栖息地均为保护空缺。</translation>
    </message>
    <message>
        <source>No habitat lies inside any protected area: OUTPUT is empty, all habitat is gap.</source>
        <translation>没有栖息地位于任何保护地内：OUTPUT 为空，所有栖息地均为保护空缺。</translation>
    </message>
    <message>
        <source>{layer}: no id field (WDPAID, SITE_ID…); pa_ids are feature numbers from 1.</source>
        <translation>{layer}：没有 ID 字段（WDPAID、SITE_ID…）；pa_ids 为从 1 开始的要素编号。</translation>
    </message>
    <message>
        <source>{layer}: country codes from field &apos;{used}&apos;.</source>
        <translation>{layer}：国家代码取自字段“{used}”。</translation>
    </message>
    <message>
        <source>{layer}: {count} protected areas far from the habitat left out.</source>
        <translation>{layer}：已排除 {count} 个远离栖息地的保护地。</translation>
    </message>
    <message>
        <source>Analysis CRS (equal-area, metres): {crs}</source>
        <translation>分析坐标系（等积，米）：{crs}</translation>
    </message>
    <message>
        <source>{name}: reprojected from {crs} to the analysis CRS.</source>
        <translation>{name}：已从 {crs} 重投影到分析坐标系。</translation>
    </message>
    <message>
        <source>No polygon of &apos;{layer}&apos; overlaps the habitat: country is left empty.</source>
        <translation>“{layer}”中没有与栖息地重叠的多边形：country 留空。</translation>
    </message>
    <message>
        <source>Habitat split by country: {features} features → {units} habitat × country units.</source>
        <translation>栖息地按国家分割：{features} 个要素 → {units} 个栖息地 × 国家单元。</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; is in an equal-area CRS ({crs}): cells counted as they are.</source>
        <translation>栖息地栅格“{name}”使用等积坐标系（{crs}）：像元按原样计数。</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; warped (nearest neighbour) to the equal-area grid, cell {cell:.1f} m.</source>
        <translation>栖息地栅格“{name}”已变换（最近邻）到等积网格，像元 {cell:.1f} m。</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no habitat cells: the summary is empty.</source>
        <translation>栅格“{name}”没有栖息地像元：汇总为空。</translation>
    </message>
    <message>
        <source>{layer}: left out {proposed} &apos;Proposed&apos; and {not_reported} &apos;Not Reported&apos; sites and {mab} UNESCO-MAB Biosphere Reserves.</source>
        <translation>{layer}：已排除 {proposed} 个“Proposed”和 {not_reported} 个“Not Reported”保护地，以及 {mab} 个 UNESCO-MAB 生物圈保护区。</translation>
    </message>
    <message>
        <source>Areas and distances in {crs} (metres, equal-area).</source>
        <translation>面积和距离在 {crs} 中量算（米，等积）。</translation>
    </message>
    <message>
        <source>{layer}: {count} piece(s) outside every country polygon (sea, or beyond the countries layer) left out.</source>
        <translation>{layer}：已排除 {count} 个位于所有国家多边形之外（海洋或国家图层范围以外）的部分。</translation>
    </message>
    <message>
        <source>{count} protected part(s) smaller than MIN_AREA_HA = {min_area_ha:g} ha dropped.</source>
        <translation>已舍去 {count} 个小于 MIN_AREA_HA = {min_area_ha:g} ha 的保护部分。</translation>
    </message>
    <message>
        <source>{layer}: no protected area inside any country; the outputs are empty.</source>
        <translation>{layer}：没有位于任何国家内的保护地；输出为空。</translation>
    </message>
    <message>
        <source>{code}: no protected area (after the filters and MIN_AREA_HA); Prot = 0, RelConn and the fractions are empty.</source>
        <translation>{code}：没有保护地（经筛选和 MIN_AREA_HA 之后）；Prot = 0，RelConn 和各比例为空。</translation>
    </message>
    <message>
        <source>{code}: {nodes} node(s), {foreign} foreign stepping stone(s), {pairs} pair(s) within reach; ProtConn {protconn:.3f} % of {land:,.0f} ha.</source>
        <translation>{code}：{nodes} 个节点，{foreign} 个外国踏脚石，{pairs} 对在可达范围内；ProtConn 为 {land:,.0f} ha 的 {protconn:.3f} %。</translation>
    </message>
    <message>
        <source>Country polygons overlap inside candidate {candidate}: the overlap was given to one country only (check COUNTRIES).</source>
        <translation>国家多边形在候选地 {candidate} 内相互重叠：重叠部分仅归入一个国家（请检查 COUNTRIES）。</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie more than {km:g} km from every country polygon and were left out (check that COUNTRIES covers the wetlands).</source>
        <translation>候选地中有 {area:,.1f} ha 距所有国家多边形超过 {km:g} km，已排除（请检查 COUNTRIES 是否覆盖这些湿地）。</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie outside every country polygon (sea or gaps in COUNTRIES) and were given to the nearest country.</source>
        <translation>候选地中有 {area:,.1f} ha 位于所有国家多边形之外（海洋或 COUNTRIES 中的空隙），已归入最近的国家。</translation>
    </message>
    <message>
        <source>{count} border slivers ({area:,.2f} ha in all) merged into the neighbouring component.</source>
        <translation>{count} 个边界碎片（共 {area:,.2f} ha）已合并到相邻的组成部分。</translation>
    </message>
    <message>
        <source>Rejected {row}</source>
        <translation>已拒绝 {row}</translation>
    </message>
    <message>
        <source>{complexes} candidate complexes, {components} national components (areas in a Lambert azimuthal equal-area CRS centred on {centre}).</source>
        <translation>{complexes} 个候选湿地复合体，{components} 个国家组成部分（面积在以 {centre} 为中心的兰伯特方位等积坐标系中量算）。</translation>
    </message>
    <message>
        <source>RAMSAR: {ramsar} of {count} features are Ramsar sites ({desig}).</source>
        <translation>RAMSAR：{count} 个要素中有 {ramsar} 个是拉姆萨尔湿地（{desig}）。</translation>
    </message>
    <message>
        <source>{count} country polygons without a code in &apos;{field}&apos; were ignored.</source>
        <translation>已忽略 {count} 个在“{field}”中没有代码的国家多边形。</translation>
    </message>
    <message>
        <source>Closing by {closing:,.0f} m added {area:,.1f} ha across narrow gaps.</source>
        <translation>按 {closing:,.0f} m 闭合，跨越狭窄空隙增加了 {area:,.1f} ha。</translation>
    </message>
    <message>
        <source>{count} barrier line(s) costed from their type with the {profile} barrier table (expert defaults).</source>
        <translation>{count} 条屏障线已按其类型使用 {profile} 屏障表（专家默认值）计算成本。</translation>
    </message>
    <message>
        <source>{count} barrier line(s) without a cost or a known type got the default cost {cost:g}.</source>
        <translation>{count} 条既无成本也无已知类型的屏障线采用默认成本 {cost:g}。</translation>
    </message>
    <message>
        <source>{count} barrier line(s) have no cost and no type: treated as barriers of {cost:g} (expert default; set BARRIER_COST to change).</source>
        <translation>{count} 条屏障线既无成本也无类型：按成本 {cost:g} 的屏障处理（专家默认值；可通过 BARRIER_COST 更改）。</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {bands} bands; band 1 is used as land cover.</source>
        <translation>“{layer}”有 {bands} 个波段；使用波段 1 作为土地覆盖。</translation>
    </message>
    <message>
        <source>{skipped} barrier feature(s) with empty geometry skipped.</source>
        <translation>已跳过 {skipped} 个几何为空的屏障要素。</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; has no terrain rule: the DEM is not used.</source>
        <translation>配置“{profile}”没有地形规则：不使用 DEM。</translation>
    </message>
    <message>
        <source>DEM &apos;{layer}&apos; is on another grid: resampled bilinearly onto the land-cover grid.</source>
        <translation>DEM“{layer}”位于另一网格上：已双线性重采样到土地覆盖网格。</translation>
    </message>
    <message>
        <source>Snow leopard ruggedness: TRI 90th percentile = {p90:.1f} m.</source>
        <translation>雪豹崎岖度：TRI 第 90 百分位数 = {p90:.1f} m。</translation>
    </message>
    <message>
        <source>Classes missing from the table treated as impassable: {listing}.</source>
        <translation>表中缺失的类别按不可通行处理：{listing}。</translation>
    </message>
    <message>
        <source>{count} cell(s) have no DEM value: no terrain term there.</source>
        <translation>{count} 个像元没有 DEM 值：该处不计地形项。</translation>
    </message>
    <message>
        <source>{count} cell(s) carry a barrier (width {width:g} m).</source>
        <translation>{count} 个像元含有屏障（宽度 {width:g} m）。</translation>
    </message>
    <message>
        <source>{layer}: {count} features</source>
        <translation>{layer}：{count} 个要素</translation>
    </message>
    <message>
        <source>{count} invalid geometries repaired (make_valid)</source>
        <translation>已修复 {count} 个无效几何（make_valid）</translation>
    </message>
    <message>
        <source>{count} null or empty skipped</source>
        <translation>已跳过 {count} 个空几何</translation>
    </message>
    <message>
        <source>{count} zero-area slivers skipped</source>
        <translation>已跳过 {count} 个零面积碎片</translation>
    </message>
    <message>
        <source>{count} non-polygon geometries skipped</source>
        <translation>已跳过 {count} 个非面几何</translation>
    </message>
    <message>
        <source>{layer}: recognised the {schema} schema.</source>
        <translation>{layer}：识别为 {schema} 数据结构。</translation>
    </message>
    <message>
        <source>{layer}: {count} sites with STATUS &apos;Proposed&apos; left out.</source>
        <translation>{layer}：已排除 {count} 个 STATUS 为“Proposed”的保护地。</translation>
    </message>
    <message>
        <source>{layer}: {count} points drawn as circles of their reported area (REP_AREA) — APPROXIMATE shapes, not boundaries.</source>
        <translation>{layer}：{count} 个点按其报告面积（REP_AREA）绘制为圆——只是近似形状，并非边界。</translation>
    </message>
    <message>
        <source>{layer}: {count} points without a reported area skipped.</source>
        <translation>{layer}：已跳过 {count} 个没有报告面积的点。</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>NEASPEC Planner language</source>
        <translation>NEASPEC Planner 语言</translation>
    </message>
    <message>
        <source>Interface language of NEASPEC Planner (maps and reports have their own LANGUAGE parameter). The change applies after restarting QGIS or reloading the plugin.</source>
        <translation>NEASPEC Planner 的界面语言（地图和报告有各自的 LANGUAGE 参数）。更改将在重启 QGIS 或重新加载插件后生效。</translation>
    </message>
    <message>
        <source>'Follow QGIS' uses the language set in QGIS Settings ▸ Options ▸ General</source>
        <translation>“跟随 QGIS”使用在 QGIS 的 设置 ▸ 选项… ▸ 常规 中设置的语言</translation>
    </message>
    <message>
        <source>Follow QGIS</source>
        <translation>跟随 QGIS</translation>
    </message>
</context>
<context>
    <name>LanguageMixin</name>
    <message>
        <source>Language of the map/report texts</source>
        <translation>地图/报告文字的语言</translation>
    </message>
</context>
<context>
    <name>MonitoringGridAlgorithm</name>
    <message>
        <source>Joint monitoring grid (camera traps, shared individuals)</source>
        <translation>联合监测网格（红外相机、共享个体）</translation>
    </message>
    <message>
        <source>Puts every country's camera-trap stations and detections on ONE common grid, so that grids built by each side line up cell for cell, and counts effort, detections, naive occupancy, unsurveyed habitat and the individuals detected on both sides of a border.

The grid: square cells of CELL_SIZE metres (default 10,000) in one fixed Lambert azimuthal equal-area CRS (centred at 45° N 120° E, false easting and northing 13,000 km), aligned to its origin (0, 0). cell_id is the cell's place on that lattice (10kmE1302N1405 = the 1302nd cell east and the 1405th north), so the same cell has the same id and square in every run, whatever the extent: each country's tables join on it. Cells are half-open: a station exactly on a cell edge belongs to the cell east of a vertical edge and north of a horizontal one.

COUNTRIES: country polygons with an ISO3 code (found by itself, or COUNTRY_FIELD). STATIONS: points with 'station' (id), optional 'country' (ISO3; else the country the point lies in), 'start' and 'end' dates and/or 'effort_days'. Effort is effort_days, else end − start in days (camera-trap nights); several rows of one station at one place are deployments and add up. DETECTIONS: a table (CSV, spreadsheet) or points with 'station', 'date', 'species' and optional 'individual' (the ID from stripes or spots); points without a station are placed where they are. HABITAT (optional): habitat polygons, or a class raster (HABITAT_CLASSES: the habitat class values, e.g. 10,20; default every value except 0 and nodata). EXTENT (optional; default: the stations, detection points and habitat).

Bad rows are left out and listed in the log with their line numbers (header = line 1; features are numbered from 1): unknown station, unreadable or future date, end before start, negative effort, duplicate detections (same station, species, individual and date), a station id at two places. Stations outside every country polygon are listed too.

GRID: cell_id, countries (ISO3 list of the cell, e.g. CHN,RUS), habitat_ha, stations, effort_days (station-days), det_&lt;species&gt; (detections) and occ_&lt;species&gt; (1 = detected) per species, detected (number of species detected) and gap (1 = habitat and no station: a monitoring gap, hatched). Styles: effort, and occupancy (Layer Properties ▸ Styles). SUMMARY per country × species: cells_habitat (cells with habitat in that country's part), cells_surveyed (cells with its stations), cells_detected, naive_occupancy (= cells_detected / cells_surveyed), effort_days, individuals, shared_individuals (also detected in another country), habitat_gap_cells (its habitat cells with no station of any country). SHARED: each transboundary individual with its species, countries and first and last dates.</source>
        <translation>把各国的红外相机站点和检测记录放到同一个共同网格上，使各方自建的网格逐格对齐，并统计努力量、检测、朴素占域率、未调查的生境以及在边境两侧都被检测到的个体。

网格：CELL_SIZE 米的正方形网格（默认 10,000），位于一个固定的兰伯特方位等积坐标系（中心 45° N 120° E，东偏移和北偏移各 13,000 km），与其原点 (0, 0) 对齐。cell_id 表示网格在该格网上的位置（10kmE1302N1405 = 向东第 1302 格、向北第 1405 格），因此无论范围如何，同一网格在每次运行中都有相同的编号和方格：各国的表格可按它连接。网格为半开区间：恰好位于网格边上的站点，属于竖边以东、横边以北的网格。

COUNTRIES：带 ISO3 代码的国家多边形（自动识别，或用 COUNTRY_FIELD）。STATIONS：点，含“station”（编号）、可选“country”（ISO3；否则取点所在的国家）、“start”和“end”日期和/或“effort_days”。努力量为 effort_days，否则为 end − start 的天数（相机夜）；同一站点在同一位置的多行是多次布设，努力量相加。DETECTIONS：表（CSV、电子表格）或点，含“station”、“date”、“species”和可选“individual”（由条纹或斑点识别的个体编号）；没有站点的点按其位置放置。HABITAT（可选）：生境多边形，或分类栅格（HABITAT_CLASSES：生境类别值，如 10,20；默认为除 0 和无数据外的所有值）。EXTENT（可选；默认：站点、检测点和生境的范围）。

错误行被剔除，并在日志中列出行号（表头 = 第 1 行；要素从 1 开始编号）：未知站点、无法读取或未来的日期、结束早于开始、负努力量、重复检测（站点、物种、个体和日期相同）、同一站点编号位于两处。不在任何国家多边形内的站点也会列出。

GRID：cell_id、countries（网格所涉国家的 ISO3 列表，如 CHN,RUS）、habitat_ha、stations、effort_days（站点·天）、每个物种的 det_&lt;species&gt;（检测数）和 occ_&lt;species&gt;（1 = 已检测到）、detected（检测到的物种数）和 gap（1 = 有生境但无站点：监测空缺，以斜线填充）。样式：努力量和占域（图层属性 ▸ 样式）。SUMMARY 按国家 × 物种：cells_habitat（该国部分有生境的网格）、cells_surveyed（有该国站点的网格）、cells_detected、naive_occupancy（= cells_detected / cells_surveyed）、effort_days、individuals、shared_individuals（也在另一国被检测到）、habitat_gap_cells（该国没有任何国家站点的生境网格）。SHARED：每个跨境个体及其物种、国家、首次和末次日期。</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国家代码字段（默认：ISO3 / ISO_A3 / ADM0_A3 / GID_0）</translation>
    </message>
    <message>
        <source>Camera-trap stations (points)</source>
        <translation>红外相机站点（点）</translation>
    </message>
    <message>
        <source>Detections (table or points)</source>
        <translation>检测记录（表或点）</translation>
    </message>
    <message>
        <source>Habitat (polygons or class raster)</source>
        <translation>生境（多边形或分类栅格）</translation>
    </message>
    <message>
        <source>Cell size (m)</source>
        <translation>网格大小（米）</translation>
    </message>
    <message>
        <source>Side of the square cells in metres. Every country must use the same size for their grids to match.</source>
        <translation>正方形网格的边长（米）。各国必须使用相同的大小，网格才能对齐。</translation>
    </message>
    <message>
        <source>Extent (default: the data)</source>
        <translation>范围（默认：数据范围）</translation>
    </message>
    <message>
        <source>Habitat class values of the raster (comma-separated)</source>
        <translation>栅格中的生境类别值（逗号分隔）</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>监测网格</translation>
    </message>
    <message>
        <source>Monitoring summary by country and species</source>
        <translation>按国家和物种的监测汇总</translation>
    </message>
    <message>
        <source>Shared (transboundary) individuals</source>
        <translation>共享（跨境）个体</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>正在读取图层…</translation>
    </message>
    <message>
        <source>Habitat class values must be numbers separated by commas (got &apos;{}&apos;).</source>
        <translation>生境类别值必须是用逗号分隔的数字（当前为“{}”）。</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>已取消：未写入任何输出。</translation>
    </message>
    <message>
        <source>Writing the outputs ({} cells)…</source>
        <translation>正在写出结果（{} 个网格）…</translation>
    </message>
    <message>
        <source>{} cells, {} surveyed, {} monitoring gap cells; {} shared individuals; {} rows left out.</source>
        <translation>{} 个网格，{} 个已调查，{} 个监测空缺网格；{} 个共享个体；剔除 {} 行。</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>努力量</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>占域</translation>
    </message>
</context>
<context>
    <name>NeaspecAlgorithm</name>
    <message>
        <source>Input layers</source>
        <translation>输入图层</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>生态廊道</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>拉姆萨尔湿地</translation>
    </message>
    <message>
        <source>Maps and reports</source>
        <translation>地图与报告</translation>
    </message>
    <message>
        <source>Missing Python packages: {}. Install them from the plugin's menu (NEASPEC Planner ▸ Install dependencies) or by hand:
{}</source>
        <translation>缺少 Python 包：{}。请通过插件菜单（NEASPEC Planner ▸ 安装依赖项…）安装，或手动安装：
{}</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>已取消：未写入任何输出。</translation>
    </message>
    <message>
        <source>Not enough memory for this run. Use a smaller extent or a coarser raster.</source>
        <translation>内存不足，无法完成本次运行。请缩小范围或使用分辨率较粗的栅格。</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>图层“{}”没有坐标参照系。请在 图层属性 ▸ 源 中设置后重新运行。</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>栅格“{}”不是 GDAL 可读取的文件；请先将其另存为 GeoTIFF。</translation>
    </message>
    <message>
        <source>Output {} must be a file (GeoPackage, shapefile, GeoTIFF…), not a database table.</source>
        <translation>输出 {} 必须是文件（GeoPackage、shapefile、GeoTIFF…），不能是数据库表。</translation>
    </message>
    <message>
        <source>{}: {} site(s) with STATUS &apos;Proposed&apos; left out (not protected yet); tick &apos;Include proposed protected areas&apos; to count them.</source>
        <translation>{}：已排除 {} 个 STATUS 为 'Proposed' 的保护地（尚未受保护）；如需计入，请勾选“包括拟建保护地”。</translation>
    </message>
    <message>
        <source>{}: IUCN range layer; kept {} of {} polygons (presence extant/probably extant, origin native/reintroduced, seasonal resident/breeding/non-breeding).</source>
        <translation>{}：IUCN 分布范围图层；保留了 {} 个多边形（共 {} 个）（presence 为现存/可能现存，origin 为原生/重引入，seasonal 为留居/繁殖季/非繁殖季）。</translation>
    </message>
    <message>
        <source>{}: {} point sites drawn as circles of their reported area (approximate shapes); {} without a positive REP_AREA skipped.</source>
        <translation>{}：{} 个点状保护地已按其申报面积绘制为圆（近似形状）；{} 个 REP_AREA 不为正值的点已跳过。</translation>
    </message>
</context>
<context>
    <name>NeaspecPlannerPlugin</name>
    <message>
        <source>NEASPEC Planner panel</source>
        <translation>NEASPEC Planner 面板</translation>
    </message>
    <message>
        <source>Show or hide the NEASPEC Planner panel: layers, overlaps, corridors, Ramsar candidates and exports</source>
        <translation>显示或隐藏 NEASPEC Planner 面板：图层、重叠分析、生态廊道、拉姆萨尔湿地候选地和导出</translation>
    </message>
    <message>
        <source>Install dependencies…</source>
        <translation>安装依赖项…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>语言…</translation>
    </message>
    <message>
        <source>Choose the interface language of NEASPEC Planner</source>
        <translation>选择 NEASPEC Planner 的界面语言</translation>
    </message>
    <message>
        <source>Missing Python packages: {}</source>
        <translation>缺少 Python 包：{}</translation>
    </message>
    <message>
        <source>All dependencies are installed.</source>
        <translation>所有依赖项均已安装。</translation>
    </message>
    <message>
        <source>NEASPEC Planner needs these Python packages: {}.

Install them now into {}? (needs a compiler and GEOS headers on Linux)</source>
        <translation>NEASPEC Planner 需要以下 Python 包：{}。

现在将其安装到 {} 吗？（在 Linux 上需要编译器和 GEOS 头文件）</translation>
    </message>
    <message>
        <source>Install now</source>
        <translation>立即安装</translation>
    </message>
    <message>
        <source>Installation failed: {}

Install by hand:
{}</source>
        <translation>安装失败：{}

请手动安装：
{}</translation>
    </message>
    <message>
        <source>Dependencies installed in {}</source>
        <translation>依赖项已安装到 {}</translation>
    </message>
</context>
<context>
    <name>OverlapAlgorithm</name>
    <message>
        <source>Habitat protection and gaps by country</source>
        <translation>各国栖息地保护情况与保护空缺</translation>
    </message>
    <message>
        <source>Habitat polygons</source>
        <translation>栖息地多边形</translation>
    </message>
    <message>
        <source>Habitat class field</source>
        <translation>栖息地类别字段</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>保护地</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国家代码字段（默认：ISO3 / ISO_A3 / ADM0_A3 / GID_0）</translation>
    </message>
    <message>
        <source>Protected-area id field (default: WDPAID / SITE_ID)</source>
        <translation>保护地 ID 字段（默认：WDPAID / SITE_ID）</translation>
    </message>
    <message>
        <source>Breakdown of the protected area</source>
        <translation>受保护面积细分</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>IUCN category (strictest counts)</source>
        <translation>IUCN 类别（按最严格者计）</translation>
    </message>
    <message>
        <source>Designation type (national first)</source>
        <translation>认定类型（国家级优先）</translation>
    </message>
    <message>
        <source>Habitat raster (instead of habitat polygons)</source>
        <translation>栖息地栅格（替代栖息地多边形）</translation>
    </message>
    <message>
        <source>Suitability threshold for the habitat raster (cells ≥ it)</source>
        <translation>栖息地栅格的适宜性阈值（像元值 ≥ 阈值）</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>受保护的栖息地</translation>
    </message>
    <message>
        <source>Protection gaps</source>
        <translation>保护空缺</translation>
    </message>
    <message>
        <source>Summary by habitat and country</source>
        <translation>按栖息地和国家汇总</translation>
    </message>
    <message>
        <source>Give habitat polygons (HABITAT) or a habitat raster (HABITAT_RASTER).</source>
        <translation>请提供栖息地多边形（HABITAT）或栖息地栅格（HABITAT_RASTER）。</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>正在读取图层…</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>已取消：未写入任何输出。</translation>
    </message>
    <message>
        <source>Protected: {:,.1f} ha of {:,.1f} ha of habitat ({:.1f} %).</source>
        <translation>受保护：{:,.1f} ha，栖息地共 {:,.1f} ha（{:.1f} %）。</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>将 WDPA 点绘制为面积等于其申报面积的圆（REP_AREA；近似）</translation>
    </message>
    <message>
        <source>Writing the outputs ({} summary rows)…</source>
        <translation>正在写入输出（{} 行汇总）…</translation>
    </message>
    <message>
        <source>How much of each habitat is protected, in which country, and where the unprotected parts are.

HABITAT: habitat polygons (species range, wetland type…), with an optional class field (HABITAT_FIELD; without it the layer name is the class). PROTECTED: protected-area polygons (e.g. WDPA); overlapping or nested areas are merged locally first, so no hectare is counted twice. A WDPA point file is refused unless BUFFER_POINTS draws each point as a circle of its reported area (REP_AREA, approximate). COUNTRIES (optional): country polygons with an ISO3 code (ISO3, ISO_A3, ADM0_A3 or GID_0 is found by itself; Natural Earth's -99 codes are replaced by ADM0_A3); habitat across a border is split.

All areas are hectares, measured in a Lambert azimuthal equal-area projection centred on the data (inputs in other CRSs, also EPSG:4326, are reprojected). Invalid polygons are repaired, empty ones skipped; the log says how many.

OUTPUT: habitat inside protection (habitat, country, pa_ids = ids of the protected areas covering all or part of the piece, area_ha). GAPS: habitat outside every protected area (habitat, country, area_ha); skip it to save time, the summary stays complete. SUMMARY: a table per habitat and country: habitat_ha, protected_ha, protected_pct (%), gap_ha.

BREAKDOWN (optional): by IUCN category or designation type; a piece covered by several categories counts once, for the strictest (Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; other; National &gt; Regional &gt; International &gt; other), in an added 'category' field and one '…_ha' column per category.

HABITAT_RASTER (optional, instead of HABITAT): a class raster, or a suitability raster with RASTER_THRESHOLD (cells at or above it are habitat). Cells are counted in an equal-area grid; SUMMARY gets hectares per class and country, OUTPUT and GAPS stay empty.</source>
        <translation>各类栖息地有多少受到保护、位于哪个国家，以及未受保护的部分在哪里。

HABITAT：栖息地多边形（物种分布范围、湿地类型…），可带类别字段（HABITAT_FIELD；未指定时以图层名称作为类别）。PROTECTED：保护地多边形（如 WDPA）；相互重叠或嵌套的保护地先在局部合并，因此同一公顷不会重复计算。不接受 WDPA 点文件，除非启用 BUFFER_POINTS，将每个点绘制为面积等于其申报面积（REP_AREA，近似）的圆。COUNTRIES（可选）：带 ISO3 代码的国家多边形（自动识别 ISO3、ISO_A3、ADM0_A3 或 GID_0 字段；Natural Earth 的 -99 代码以 ADM0_A3 替代）；跨越国界的栖息地会被分割。

所有面积单位均为公顷，在以数据为中心的兰伯特方位等积投影中量算（其他坐标系的输入，包括 EPSG:4326，会被重投影）。无效多边形会被修复，空多边形会被跳过；日志中给出其数量。

OUTPUT：受保护的栖息地（habitat、country、pa_ids = 覆盖该图斑全部或部分的保护地 ID、area_ha）。GAPS：位于所有保护地以外的栖息地（habitat、country、area_ha）；可跳过此项以节省时间，汇总仍然完整。SUMMARY：按栖息地和国家汇总的表：habitat_ha、protected_ha、protected_pct（%）、gap_ha。

BREAKDOWN（可选）：按 IUCN 类别或认定类型细分；被多个类别覆盖的图斑只计一次，归入最严格的类别（Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; 其他；国家级 &gt; 区域级 &gt; 国际级 &gt; 其他），结果写入新增的 'category' 字段，并为每个类别增加一个 '…_ha' 列。

HABITAT_RASTER（可选，替代 HABITAT）：类别栅格，或配合 RASTER_THRESHOLD 使用的适宜性栅格（值大于或等于阈值的像元为栖息地）。像元在等积网格中计数；SUMMARY 给出每个类别和国家的公顷数，OUTPUT 和 GAPS 为空。</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>包括拟建保护地（WDPA STATUS 为 'Proposed'）</translation>
    </message>
    <message>
        <source>IUCN/BirdLife range habitat: keep extant native resident, breeding and non-breeding range only</source>
        <translation>IUCN/BirdLife 分布范围栖息地：仅保留现存、原生的留居区、繁殖区和非繁殖区</translation>
    </message>
</context>
<context>
    <name>PinchpointsAlgorithm</name>
    <message>
        <source>Pinch points and effective resistance (circuit theory)</source>
        <translation>夹点与有效阻力（电路理论）</translation>
    </message>
    <message>
        <source>Circuit theory between focal nodes, as Circuitscape's raster pairwise mode and Linkage Mapper's Pinchpoint Mapper compute it: where current concentrates, a corridor is narrow — a new road, fence or field there would cut the link, and a crossing or restoration there pays off most.

RESISTANCE: a resistance raster (RESISTANCE_IS = resistance, values &gt; 0) or a conductance raster (values ≥ 0, 0 = no node); nodata cells are no node. As in Circuitscape, resistances are per cell: the cell size is not used. FOCAL: polygons or points; all cells under the features of one FOCAL_ID form one focal node (short-circuited). CONNECTIONS: 4 or 8 neighbours (diagonal conductances ÷ √2). AVERAGE: an edge's conductance from the mean of the two cells' resistances (default) or of their conductances.

Without CORRIDORS every pair of focal nodes (or those at most MAX_DISTANCE m apart, edge to edge) is solved over the whole raster. With CORRIDORS (the corridor raster of the least-cost corridor tool) each link is solved inside the corridor cells that join its two cores; the links are those of LINKS (the corridor tool's links) or else every pair of cores joined by a corridor.

RESISTANCES: from_id, to_id, resistance (effective resistance in the raster's resistance units; −1 when the two are not connected). CURRENT: the current summed over all solved pairs (1 A per pair), nodata where there is no node. PINCHES (with CORRIDORS): the corridor cells, cores left out, at or above PINCH_PERCENTILE of the link's own current, one polygon per link and country (COUNTRIES), with area_ha (equal-area) and max_current (A).

The solver factorises each circuit once (Cholesky-like sparse factor) and reuses it for all pairs of single-cell focal nodes; every solution is checked (backward error and dissipated power) and a circuit that cannot be solved accurately stops the run with a message instead of a wrong number. The memory is estimated first and the run refused above 4 GiB.</source>
        <translation>焦点节点之间的电路理论计算，与 Circuitscape 的栅格成对模式和 Linkage Mapper 的 Pinchpoint Mapper 相同：电流集中的地方就是廊道狭窄之处——在那里新建道路、围栏或农田会切断连接，而在那里建设通道或开展修复的收益最大。

RESISTANCE：阻力栅格（RESISTANCE_IS = resistance，值 &gt; 0）或电导栅格（值 ≥ 0，0 = 无节点）；无数据像元不是节点。与 Circuitscape 一样，阻力按像元计：不使用像元大小。FOCAL：面或点；同一 FOCAL_ID 的要素下的所有像元构成一个焦点节点（短路连接）。CONNECTIONS：4 或 8 邻域（对角线电导 ÷ √2）。AVERAGE：边的电导取两个像元阻力的平均值（默认）或电导的平均值。

不提供 CORRIDORS 时，在整个栅格上求解每一对焦点节点（或边缘间距不超过 MAX_DISTANCE 米的节点对）。提供 CORRIDORS（最小成本廊道工具输出的廊道栅格）时，每条连接在连接其两个核心区的廊道像元内求解；连接取自 LINKS（廊道工具的连接），否则为由廊道相连的每一对核心区。

RESISTANCES：from_id、to_id、resistance（有效阻力，单位同栅格的阻力单位；两者不连通时为 −1）。CURRENT：所有已求解节点对的电流之和（每对 1 A），无节点处为无数据。PINCHES（需 CORRIDORS）：廊道像元（不含核心区）中电流不低于该连接自身电流 PINCH_PERCENTILE 百分位数的像元，每条连接和每个国家（COUNTRIES）一个面，带 area_ha（等积）和 max_current（A）。

求解器对每个电路只分解一次（类 Cholesky 稀疏分解），并在所有单像元焦点节点对之间复用；每个解都会被检验（后向误差和耗散功率），无法精确求解的电路会以提示信息终止运行，而不会给出错误的数字。运行前先估算内存，超过 4 GiB 则拒绝运行。</translation>
    </message>
    <message>
        <source>Resistance raster</source>
        <translation>阻力栅格</translation>
    </message>
    <message>
        <source>The raster holds</source>
        <translation>栅格内容</translation>
    </message>
    <message>
        <source>Focal nodes (cores or points)</source>
        <translation>焦点节点（核心区或点）</translation>
    </message>
    <message>
        <source>Focal node id field</source>
        <translation>焦点节点 ID 字段</translation>
    </message>
    <message>
        <source>Neighbours (4 or 8)</source>
        <translation>邻域（4 或 8）</translation>
    </message>
    <message>
        <source>Edge conductance from the mean of the cells&apos;</source>
        <translation>边电导取像元的平均值：</translation>
    </message>
    <message>
        <source>Corridors raster (from the corridor tool): solve link by link inside it</source>
        <translation>廊道栅格（来自廊道工具）：在其中逐条连接求解</translation>
    </message>
    <message>
        <source>Links (from the corridor tool: from_id, to_id)</source>
        <translation>连接（来自廊道工具：from_id、to_id）</translation>
    </message>
    <message>
        <source>Maximum pair distance, edge to edge (m)</source>
        <translation>节点对最大距离，边缘到边缘（米）</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>国家（ISO3 / ISO_A3 / ADM0_A3 字段）</translation>
    </message>
    <message>
        <source>Pinch points: cells at or above this percentile of a link&apos;s current</source>
        <translation>夹点：电流不低于连接电流此百分位数的像元</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>有效阻力</translation>
    </message>
    <message>
        <source>Cumulative current (A)</source>
        <translation>累积电流（A）</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>夹点</translation>
    </message>
    <message>
        <source>Neighbours must be 4 or 8 (got {}).</source>
        <translation>邻域必须为 4 或 8（当前为 {}）。</translation>
    </message>
    <message>
        <source>Choose the focal node id field.</source>
        <translation>请选择焦点节点 ID 字段。</translation>
    </message>
    <message>
        <source>LINKS is used only with a CORRIDORS raster; every pair is solved.</source>
        <translation>LINKS 仅在提供 CORRIDORS 栅格时使用；将求解每一对节点。</translation>
    </message>
    <message>
        <source>The current raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>电流栅格以 GeoTIFF 格式写出：请使用 .tif 文件名（当前为“{}”）。</translation>
    </message>
    <message>
        <source>{} focal feature(s) read from &apos;{}&apos;.</source>
        <translation>读取了 {} 个焦点要素（来自“{}”）。</translation>
    </message>
    <message>
        <source>{} pair(s) solved, {} connected; pinch points {:.1f} ha.</source>
        <translation>已求解 {} 对，其中 {} 对连通；夹点 {:.1f} 公顷。</translation>
    </message>
    <message>
        <source>No pair to solve: fewer than two focal nodes, none within the maximum distance, or no corridor joining two cores. The outputs are empty.</source>
        <translation>没有可求解的节点对：焦点节点少于两个、没有节点对在最大距离内，或没有连接两个核心区的廊道。输出为空。</translation>
    </message>
</context>
<context>
    <name>PlannerDock</name>
    <message>
        <source>NEASPEC Planner</source>
        <translation>NEASPEC Planner</translation>
    </message>
    <message>
        <source>NEASPEC Planner: a guided workshop from layers to maps, reports and Ramsar files</source>
        <translation>NEASPEC Planner：从图层到地图、报告和拉姆萨尔湿地申报文件的分步引导式研讨流程</translation>
    </message>
    <message>
        <source>needed by: {}</source>
        <translation>所需步骤：{}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Layer used as {} ({})</source>
        <translation>用作{}的图层（{}）</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>Amur tiger</source>
        <translation>东北虎</translation>
    </message>
    <message>
        <source>Amur leopard</source>
        <translation>东北豹</translation>
    </message>
    <message>
        <source>Snow leopard</source>
        <translation>雪豹</translation>
    </message>
    <message>
        <source>Cranes (wetland birds)</source>
        <translation>鹤类（湿地鸟类）</translation>
    </message>
    <message>
        <source>Custom cost table</source>
        <translation>自定义成本表</translation>
    </message>
    <message>
        <source>CSV cost table (*.csv)</source>
        <translation>CSV 成本表 (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;Web page (*.html);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;网页 (*.html);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>The demo region is not installed: {} is missing.</source>
        <translation>未安装演示区域：缺少 {}。</translation>
    </message>
    <message>
        <source>Demo region</source>
        <translation>演示区域</translation>
    </message>
    <message>
        <source>Transboundary planning: Tumen River</source>
        <translation>跨境规划：图们江</translation>
    </message>
    <message>
        <source>Demo region loaded: {} layers; roles assigned.</source>
        <translation>演示区域已加载：{} 个图层；已分配角色。</translation>
    </message>
    <message>
        <source>Choose the {} layer in step 1 Layers first.</source>
        <translation>请先在第 1 步“图层”中选择{}图层。</translation>
    </message>
    <message>
        <source>A step is still running: wait for it or press Cancel.</source>
        <translation>仍有步骤正在运行：请等待其完成或点击“取消”。</translation>
    </message>
    <message>
        <source>{} is not available in this build.</source>
        <translation>{} 在此版本中不可用。</translation>
    </message>
    <message>
        <source>{} {}</source>
        <translation>{} {}</translation>
    </message>
    <message>
        <source>{}: the results could not be shown: {}</source>
        <translation>{}：无法显示结果：{}</translation>
    </message>
    <message>
        <source>{}: done.</source>
        <translation>{}：已完成。</translation>
    </message>
    <message>
        <source>{}: cancelled; nothing was added.</source>
        <translation>{}：已取消；未添加任何内容。</translation>
    </message>
    <message>
        <source>{} failed: {}</source>
        <translation>{}失败：{}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重叠分析</translation>
    </message>
    <message>
        <source>Habitat gaps</source>
        <translation>栖息地保护空缺</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>受保护的栖息地</translation>
    </message>
    <message>
        <source>Overlap summary</source>
        <translation>重叠分析汇总</translation>
    </message>
    <message>
        <source>The custom profile needs a cost table (CSV with columns class,cost).</source>
        <translation>自定义配置需要成本表（含 class,cost 列的 CSV）。</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>生态廊道</translation>
    </message>
    <message>
        <source>Corridor links</source>
        <translation>廊道连接</translation>
    </message>
    <message>
        <source>Corridor gaps</source>
        <translation>廊道保护空缺</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>阻力</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: the options are compared with its resistance.</source>
        <translation>请先运行阻力与廊道分析：各方案将与该次的阻力进行比较。</translation>
    </message>
    <message>
        <source>Tick at least one option layer to compare.</source>
        <translation>请至少勾选一个要比较的方案图层。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Options comparison</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>Link {}, option {}: least-cost distance {}</source>
        <translation>连接 {}，方案 {}：最小成本距离 {}</translation>
    </message>
    <message>
        <source>Ramsar candidates</source>
        <translation>拉姆萨尔湿地候选地</translation>
    </message>
    <message>
        <source>Candidates summary</source>
        <translation>候选地汇总</translation>
    </message>
    <message>
        <source>{} — {} ({:,.0f} ha)</source>
        <translation>{} — {}（{:,.0f} ha）</translation>
    </message>
    <message>
        <source>{} national component(s); select to see the evidence</source>
        <translation>{} 个国家组成部分；选中后可查看依据</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面积（ha）</translation>
    </message>
    <message>
        <source>Extends abroad</source>
        <translation>延伸至境外</translation>
    </message>
    <message>
        <source>Adjacent Ramsar sites</source>
        <translation>相邻的拉姆萨尔湿地</translation>
    </message>
    <message>
        <source>Ramsar criteria</source>
        <translation>国际重要湿地标准</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Find candidates first.</source>
        <translation>请先查找候选地。</translation>
    </message>
    <message>
        <source>Choose the map file to write (.pdf, .png or .svg).</source>
        <translation>请选择要写出的地图文件（.pdf、.png 或 .svg）。</translation>
    </message>
    <message>
        <source>Show at least one layer on the map to print.</source>
        <translation>请至少在地图上显示一个图层，以便打印。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Choose the report file to write (.xlsx, .html, .csv or .pdf).</source>
        <translation>请选择要写出的报告文件（.xlsx、.html、.csv 或 .pdf）。</translation>
    </message>
    <message>
        <source>Run a step first: the report lists the results of the overlap, corridor, options and Ramsar steps.</source>
        <translation>请先运行一个步骤：报告列出重叠分析、生态廊道、方案比较和拉姆萨尔湿地各步骤的结果。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Find Ramsar candidates first (step 4) and choose one.</source>
        <translation>请先查找拉姆萨尔湿地候选地（第 4 步）并选择其中一个。</translation>
    </message>
    <message>
        <source>Choose the folder for the Ramsar package.</source>
        <translation>请选择拉姆萨尔申报材料包的文件夹。</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>拉姆萨尔申报材料包</translation>
    </message>
    <message>
        <source>{}: written to {}</source>
        <translation>{}：已写入 {}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Open the log (tab NEASPEC Planner) with the full messages of the run</source>
        <translation>打开日志（NEASPEC Planner 选项卡），查看本次运行的完整信息</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>保护地</translation>
    </message>
    <message>
        <source>Habitat</source>
        <translation>栖息地</translation>
    </message>
    <message>
        <source>Roads and barriers</source>
        <translation>道路与屏障</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>核心区</translation>
    </message>
    <message>
        <source>Land cover</source>
        <translation>土地覆盖</translation>
    </message>
    <message>
        <source>Wetlands</source>
        <translation>湿地</translation>
    </message>
    <message>
        <source>Ramsar sites</source>
        <translation>拉姆萨尔湿地</translation>
    </message>
    <message>
        <source>Waterbird counts</source>
        <translation>水鸟计数</translation>
    </message>
    <message>
        <source>1 % thresholds</source>
        <translation>1 % 阈值</translation>
    </message>
    <message>
        <source>{} national component(s):</source>
        <translation>{} 个国家组成部分：</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>拉姆萨尔湿地</translation>
    </message>
    <message>
        <source>polygon layer</source>
        <translation>面图层</translation>
    </message>
    <message>
        <source>line layer</source>
        <translation>线图层</translation>
    </message>
    <message>
        <source>raster layer</source>
        <translation>栅格图层</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; ({})</source>
        <translation>方案“{}”（{}）</translation>
    </message>
    <message>
        <source>Raster tiles (*.tif *.tiff *.vrt *.img)</source>
        <translation>栅格图块 (*.tif *.tiff *.vrt *.img)</translation>
    </message>
    <message>
        <source>Land-cover tile not found: {}</source>
        <translation>找不到土地覆盖图块：{}</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: pinch points are found inside its corridors.</source>
        <translation>请先运行阻力和廊道：夹点是在其廊道内寻找的。</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>夹点</translation>
    </message>
    <message>
        <source>Current (circuit theory)</source>
        <translation>电流（电路理论）</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>有效阻力</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>各国 ProtConn</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>迁飞网络</translation>
    </message>
    <message>
        <source>Nodes by importance (dPC)</source>
        <translation>按重要性（dPC）显示的节点</translation>
    </message>
    <message>
        <source>Links by probability</source>
        <translation>按概率显示的连接</translation>
    </message>
    <message>
        <source>Connectivity summary</source>
        <translation>连通性汇总</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>监测网格</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>努力量</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>占域</translation>
    </message>
    <message>
        <source>Monitoring summary</source>
        <translation>监测汇总</translation>
    </message>
    <message>
        <source>Shared individuals</source>
        <translation>共享个体</translation>
    </message>
    <message>
        <source>Camera-trap stations</source>
        <translation>红外相机站点</translation>
    </message>
    <message>
        <source>Camera-trap detections</source>
        <translation>红外相机检测记录</translation>
    </message>
    <message>
        <source>Habitat to monitor</source>
        <translation>待监测的生境</translation>
    </message>
</context>
<context>
    <name>PlannerDockBase</name>
    <message>
        <source>NEASPEC Planner</source>
        <translation>NEASPEC Planner</translation>
    </message>
    <message>
        <source>1  Layers: assign roles</source>
        <translation>1  图层：分配角色</translation>
    </message>
    <message>
        <source>Tell the planner which loaded layer plays which role</source>
        <translation>指定已加载的各图层分别承担什么角色</translation>
    </message>
    <message>
        <source>Choose the layer for each role. Roles are suggested from the layers&apos; names and fields; change any of them. Optional roles can stay empty.</source>
        <translation>为每个角色选择图层。系统会根据图层名称和字段推荐角色，您可以任意更改。可选角色可以留空。</translation>
    </message>
    <message>
        <source>Load demo region</source>
        <translation>加载演示区域</translation>
    </message>
    <message>
        <source>Add the bundled demo region (Tumen River, Primorye–Hunchun, Altai, Dauria, Khanka) to the project and assign its layers to the roles</source>
        <translation>将内置的演示区域（图们江、滨海边疆区—珲春、阿尔泰、达乌尔、兴凯湖）添加到工程中，并将其图层分配给各角色</translation>
    </message>
    <message>
        <source>Suggest roles</source>
        <translation>推荐角色</translation>
    </message>
    <message>
        <source>Fill the empty roles from the loaded layers&apos; names and fields (roles you set stay as they are)</source>
        <translation>根据已加载图层的名称和字段填充空缺的角色（您已设置的角色保持不变）</translation>
    </message>
    <message>
        <source>2  Overlaps: habitat in protected areas</source>
        <translation>2  重叠分析：保护地内的栖息地</translation>
    </message>
    <message>
        <source>How much habitat lies inside protected areas, per country</source>
        <translation>各国有多少栖息地位于保护地内</translation>
    </message>
    <message>
        <source>Habitat × protected areas × countries. Overlapping designations are counted once; areas in hectares (equal-area projection).</source>
        <translation>栖息地 × 保护地 × 国家。相互重叠的保护地只计一次；面积单位为公顷（等积投影）。</translation>
    </message>
    <message>
        <source>Habitat field</source>
        <translation>栖息地字段</translation>
    </message>
    <message>
        <source>Field of the habitat layer naming the habitat or species (empty: one habitat)</source>
        <translation>栖息地图层中表示栖息地或物种名称的字段（留空：视为单一栖息地）</translation>
    </message>
    <message>
        <source>Country field</source>
        <translation>国家字段</translation>
    </message>
    <message>
        <source>Field of the countries layer with the ISO 3166 code (empty: detect ISO3, ISO_A3 or ADM0_A3)</source>
        <translation>国家图层中存放 ISO 3166 代码的字段（留空：自动识别 ISO3、ISO_A3 或 ADM0_A3）</translation>
    </message>
    <message>
        <source>Run overlap</source>
        <translation>运行重叠分析</translation>
    </message>
    <message>
        <source>Run neaspec:overlap in the background; the results land in a layer group named after the run</source>
        <translation>在后台运行 neaspec:overlap；结果放入以本次运行命名的图层组</translation>
    </message>
    <message>
        <source>Habitat and protected hectares per habitat and country (last run)</source>
        <translation>各栖息地、各国家的栖息地面积与受保护面积（ha，最近一次运行）</translation>
    </message>
    <message>
        <source>3  Corridors: links, gaps, options</source>
        <translation>3  生态廊道：连接、保护空缺、方案</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, their gaps, and options compared side by side</source>
        <translation>核心区之间的最小成本廊道、其保护空缺，以及各方案的并排比较</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>物种配置</translation>
    </message>
    <message>
        <source>Resistance of each land-cover class for this species (docs/algorithms/resistance.md); custom uses your cost table</source>
        <translation>该物种在各土地覆盖类别中的阻力（见 docs/algorithms/resistance.md）；“自定义”使用您的成本表</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>成本表</translation>
    </message>
    <message>
        <source>Optional CSV with columns class,cost (land-cover code, cost ≥ 1; empty cost = impassable). Needed for the custom profile</source>
        <translation>可选的 CSV 文件，含 class,cost 列（土地覆盖代码，成本 ≥ 1；成本为空 = 不可通行）。“自定义”配置必须提供</translation>
    </message>
    <message>
        <source>Barrier width</source>
        <translation>屏障宽度</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>核心区 ID 字段</translation>
    </message>
    <message>
        <source>Field of the core areas layer with a unique id for each core</source>
        <translation>核心区图层中为每个核心区提供唯一 ID 的字段</translation>
    </message>
    <message>
        <source>Max. distance</source>
        <translation>最大距离</translation>
    </message>
    <message>
        <source>Only core pairs closer than this (straight line, edge to edge, kilometres) are linked</source>
        <translation>仅连接距离小于此值的核心区对（边缘间直线距离，单位 km）</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Corridor width</source>
        <translation>廊道宽度</translation>
    </message>
    <message>
        <source>Corridor width in cost units above the least-cost path (normalized least-cost corridor); 0 uses the algorithm&apos;s default</source>
        <translation>廊道宽度，以超出最小成本路径的成本单位计（标准化最小成本廊道）；0 表示使用算法默认值</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Run resistance and corridors</source>
        <translation>运行阻力与廊道分析</translation>
    </message>
    <message>
        <source>Build the resistance surface from the land cover (and roads), then the corridors between the core areas, in the background</source>
        <translation>在后台根据土地覆盖（及道路）生成阻力面，再计算核心区之间的生态廊道</translation>
    </message>
    <message>
        <source>Corridor links of the last run, best ranked first</source>
        <translation>最近一次运行的廊道连接，排名最优者在前</translation>
    </message>
    <message>
        <source>Options to compare</source>
        <translation>待比较的方案</translation>
    </message>
    <message>
        <source>Crossings, restorations or new barriers applied to the baseline resistance, compared link by link</source>
        <translation>在基准阻力上施加的通道、修复或新屏障，逐个连接进行比较</translation>
    </message>
    <message>
        <source>Tick the option layers to compare with the baseline (each option is named after its layer)</source>
        <translation>勾选要与基准比较的方案图层（每个方案以其图层名称命名）</translation>
    </message>
    <message>
        <source>Compare options</source>
        <translation>比较方案</translation>
    </message>
    <message>
        <source>Run neaspec:compare_options with the baseline resistance of the last corridor run and the ticked options</source>
        <translation>使用最近一次廊道分析的基准阻力和已勾选的方案运行 neaspec:compare_options</translation>
    </message>
    <message>
        <source>Least-cost distance per link and option; the change against the baseline in brackets</source>
        <translation>每个连接和方案的最小成本距离；括号内为相对基准的变化</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>Switch the map between the baseline and each option (shows only that option&apos;s layers)</source>
        <translation>在基准和各方案之间切换地图（仅显示该方案的图层）</translation>
    </message>
    <message>
        <source>4  Ramsar candidates</source>
        <translation>4  拉姆萨尔湿地候选地</translation>
    </message>
    <message>
        <source>Candidate transboundary Ramsar sites, split into each Party&apos;s component</source>
        <translation>跨境拉姆萨尔湿地候选地，按缔约方划分为各组成部分</translation>
    </message>
    <message>
        <source>Site field</source>
        <translation>地点字段</translation>
    </message>
    <message>
        <source>Field of the wetlands layer with a unique site key, matching the counts table&apos;s site column (empty: site, else name)</source>
        <translation>湿地图层中作为唯一地点键的字段，与计数表的 site 列对应（留空：使用 site，否则使用 name）</translation>
    </message>
    <message>
        <source>Link distance</source>
        <translation>连接距离</translation>
    </message>
    <message>
        <source>Wetlands closer than this (kilometres) across a border are grouped into one candidate site; 0 uses the algorithm&apos;s default</source>
        <translation>跨越国界且距离小于此值（km）的湿地归为同一候选地；0 表示使用算法默认值</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>查找候选地</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_candidates in the background</source>
        <translation>在后台运行 neaspec:ramsar_candidates</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选地</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>在地图上选取</translation>
    </message>
    <message>
        <source>Click a candidate component on the map to select it in the list</source>
        <translation>在地图上点击候选地的组成部分，即可在列表中选中它</translation>
    </message>
    <message>
        <source>Candidate sites of the last run; select one to see its components and evidence and to zoom to it</source>
        <translation>最近一次运行得到的候选地；选中一个可查看其组成部分和依据，并缩放到该处</translation>
    </message>
    <message>
        <source>Components of the selected candidate (one per Party), Ramsar criteria and evidence</source>
        <translation>所选候选地的组成部分（每个缔约方一个）、国际重要湿地标准及依据</translation>
    </message>
    <message>
        <source>Planning maps, attribute reports and the Ramsar designation package</source>
        <translation>规划图、属性报告和拉姆萨尔湿地指定申报材料包</translation>
    </message>
    <message>
        <source>Planning map</source>
        <translation>规划图</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Title printed on the map</source>
        <translation>打印在地图上的标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Map file to write: .pdf, .png or .svg</source>
        <translation>要写出的地图文件：.pdf、.png 或 .svg</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>Run neaspec:planning_map with the visible layers of the project</source>
        <translation>使用工程中的可见图层运行 neaspec:planning_map</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report file to write: .xlsx, .csv, .html or .pdf</source>
        <translation>要写出的报告文件：.xlsx、.csv、.html 或 .pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Run neaspec:report on the result tables of this session&apos;s runs</source>
        <translation>对本次会话中各次运行的结果表运行 neaspec:report</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>拉姆萨尔申报材料包</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选地</translation>
    </message>
    <message>
        <source>Candidate site to package (from the Ramsar step)</source>
        <translation>要打包的候选地（来自拉姆萨尔湿地步骤）</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Folder for the package: per Party a shapefile, KML and map PDF, the RIS sheet and a combined map</source>
        <translation>材料包的文件夹：每个缔约方一套 shapefile、KML、PDF 地图和 RIS 信息表，另加一幅合并地图</translation>
    </message>
    <message>
        <source>Export Ramsar package</source>
        <translation>导出拉姆萨尔申报材料包</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_package for the chosen candidate</source>
        <translation>对所选候选地运行 neaspec:ramsar_package</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>What the planner is doing</source>
        <translation>规划工具当前正在执行的操作</translation>
    </message>
    <message>
        <source>Progress of the running step</source>
        <translation>正在运行步骤的进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running step; nothing is written or added to the map</source>
        <translation>停止正在运行的步骤；不会写出任何文件，也不会向地图添加任何内容</translation>
    </message>
    <message>
        <source>Width in metres over which roads and fences add their cost to the resistance; &quot;default&quot; uses the algorithm&apos;s default width</source>
        <translation>道路和围栏将其成本叠加到阻力上的宽度，单位为米；“默认”表示使用算法的默认宽度</translation>
    </message>
    <message>
        <source>Land-cover tiles</source>
        <translation>土地覆盖图块</translation>
    </message>
    <message>
        <source>Optional: several land-cover tiles (e.g. ESA WorldCover, as downloaded, in lon/lat) or a folder holding them; they replace the land-cover layer and are mosaicked, reprojected and averaged to 100 m cells</source>
        <translation>可选：多个土地覆盖图块（例如按原样下载的经纬度 ESA WorldCover）或存放它们的文件夹；它们将替代土地覆盖图层，并被镶嵌、重投影并平均到 100 m 像元</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>夹点</translation>
    </message>
    <message>
        <source>Circuit theory inside the corridors of the last corridor run (neaspec:pinchpoints): the effective resistance of each link, the current map and the pinch points where the corridor is narrow, per country</source>
        <translation>在上一次廊道运行的廊道内进行电路理论计算（neaspec:pinchpoints）：每条连接的有效阻力、电流图，以及廊道狭窄处的夹点（按国家）</translation>
    </message>
    <message>
        <source>How well the protected areas of each country, or the wetlands of a flyway, are connected, and which site matters most</source>
        <translation>各国保护地或迁飞通道上湿地的连通程度，以及哪个地点最重要</translation>
    </message>
    <message>
        <source>Dispersal distance</source>
        <translation>扩散距离</translation>
    </message>
    <message>
        <source>Median dispersal distance between protected areas, edge to edge (kilometres): the probability of a link is 0.5 at this distance (JRC: 10 km)</source>
        <translation>保护地之间（边到边）的中位扩散距离（公里）：在此距离上连接概率为 0.5（JRC：10 km）</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>ISO3 codes of the countries to assess, separated by commas (empty: every country holding a protected area)</source>
        <translation>要评估国家的 ISO3 代码，以逗号分隔（留空：所有拥有保护地的国家）</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>各国 ProtConn</translation>
    </message>
    <message>
        <source>Run neaspec:protconn on the protected areas and countries of step 1</source>
        <translation>对第 1 步的保护地和国家运行 neaspec:protconn</translation>
    </message>
    <message>
        <source>Flight distance</source>
        <translation>飞行距离</translation>
    </message>
    <message>
        <source>Distance between wetlands, edge to edge, at which a bird reaches the next site with probability 0.5 (kilometres; cranes: a few hundred km a day)</source>
        <translation>湿地之间（边到边）的距离，鸟类以 0.5 的概率到达下一个地点（公里；鹤类：每天数百公里）</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>迁飞网络</translation>
    </message>
    <message>
        <source>Run neaspec:connectivity on the wetlands of step 1 (site field of step 4)</source>
        <translation>对第 1 步的湿地运行 neaspec:connectivity（使用第 4 步的地点字段）</translation>
    </message>
    <message>
        <source>The workshop steps, top to bottom: assign layers, measure overlaps, model corridors, find Ramsar candidates, monitor across borders, export</source>
        <translation>工作坊步骤（自上而下）：指定图层、测算重叠、模拟廊道、寻找拉姆萨尔候选地、跨境监测、导出</translation>
    </message>
    <message>
        <source>5  Monitoring: camera traps across borders</source>
        <translation>5  监测：跨境红外相机</translation>
    </message>
    <message>
        <source>One common survey grid for every country: effort, detections, naive occupancy, monitoring gaps and shared individuals</source>
        <translation>各国共用一个调查网格：努力量、检测、朴素占域率、监测空缺和共享个体</translation>
    </message>
    <message>
        <source>Camera-trap stations and detections of every side on one fixed grid (the same cells and ids in every country&apos;s run). Choose the stations and detections in step 1 Layers.</source>
        <translation>把各方的红外相机站点和检测记录放到一个固定网格上（各国运行得到相同的网格和编号）。请在第 1 步“图层”中选择站点和检测记录。</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>网格大小</translation>
    </message>
    <message>
        <source>Side of the grid cells in kilometres; every country must use the same size for their grids to match</source>
        <translation>网格边长（公里）；各国必须使用相同的大小，网格才能对齐</translation>
    </message>
    <message>
        <source>Build monitoring grid</source>
        <translation>建立监测网格</translation>
    </message>
    <message>
        <source>Run neaspec:monitoring_grid in the background; the grid (effort and occupancy styles, gaps hatched), the summary and the shared individuals land in a layer group</source>
        <translation>在后台运行 neaspec:monitoring_grid；网格（努力量和占域样式，空缺以斜线填充）、汇总和共享个体会放入一个图层组</translation>
    </message>
    <message>
        <source>Per country and species: cells surveyed, detected, naive occupancy, individuals, shared individuals and monitoring gaps (last run)</source>
        <translation>按国家和物种：已调查网格、检测到的网格、朴素占域率、个体、共享个体和监测空缺（最近一次运行）</translation>
    </message>
    <message>
        <source>6  Export: maps, reports, Ramsar package</source>
        <translation>6  导出：地图、报告、拉姆萨尔申报材料包</translation>
    </message>
    <message>
        <source>7  Connectivity: ProtConn and flyways</source>
        <translation>7  连通性：ProtConn 与迁飞通道</translation>
    </message>
</context>
<context>
    <name>PlanningMapAlgorithm</name>
    <message>
        <source>Planning map (PDF, PNG, SVG)</source>
        <translation>规划图（PDF、PNG、SVG）</translation>
    </message>
    <message>
        <source>Layers to map (top first)</source>
        <translation>要制图的图层（从上到下）</translation>
    </message>
    <message>
        <source>Layout template (.qpt); empty = bundled page below</source>
        <translation>布局模板（.qpt）；留空 = 使用下方的内置页面</translation>
    </message>
    <message>
        <source>Bundled page</source>
        <translation>内置页面</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Map extent</source>
        <translation>地图范围</translation>
    </message>
    <message>
        <source>Margin around the layers (%)</source>
        <translation>图层四周的边距（%）</translation>
    </message>
    <message>
        <source>Other data sources (credits)</source>
        <translation>其他数据来源（署名）</translation>
    </message>
    <message>
        <source>Atlas: one page per feature of</source>
        <translation>地图集：按此图层的每个要素各出一页</translation>
    </message>
    <message>
        <source>Atlas page name field</source>
        <translation>地图集页面名称字段</translation>
    </message>
    <message>
        <source>Resolution (dots per inch; PNG and rasters in PDF)</source>
        <translation>分辨率（每英寸点数；用于 PNG 及 PDF 中的栅格）</translation>
    </message>
    <message>
        <source>Map file</source>
        <translation>地图文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图像 (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>No layers to map: choose at least one layer in LAYERS.</source>
        <translation>没有可制图的图层：请在 LAYERS 中至少选择一个图层。</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>无法读取图层“{}”。</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>图层“{}”没有坐标参照系。请在 图层属性 ▸ 源 中设置后重新运行。</translation>
    </message>
    <message>
        <source>Styled &apos;{}&apos; with the planner&apos;s style.</source>
        <translation>已对“{}”应用规划工具的样式。</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .pdf, .png or .svg.</source>
        <translation>输出“{}”的扩展名必须为 .pdf、.png 或 .svg。</translation>
    </message>
    <message>
        <source>Template: {}</source>
        <translation>模板：{}</translation>
    </message>
    <message>
        <source>Cancelled: no map was written.</source>
        <translation>已取消：未写出地图。</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>已写出 {}</translation>
    </message>
    <message>
        <source>Makes a print-ready map of the chosen layers from a layout template: title, subtitle and date, main map in an equal-area projection centred on the area, legend of the mapped layers, scale bar in km, north arrow, graticule with degree labels, inset locator map of North-East Asia, data credits (WDPA, Natural Earth and your own sources) and a statement that the boundaries shown are not official.

Layers keep their style; layers loaded from files get the planner's style for their kind (countries, protected areas, wetlands, habitat, cores, roads, land cover, corridors…).
Template: a .qpt file or empty for a bundled page (A4/A3 portrait or landscape, 16:9 slide).
Extent: empty = all layers plus a margin (percent of the extent on each side).
Language: texts and fonts (Noto Sans / Noto Sans CJK) for en, zh, ru, mn, ko, ja.
Atlas layer: one page per feature (per country, corridor link, Ramsar candidate); a PDF gets all pages, PNG/SVG one file per page (name_002.png …).
Areas of interest: a polygon layer (study areas, parks, basins); the map then has an overview page of all layers followed by one page per area, titled by its name and zoomed to it (each page in its own equal-area projection, with its own graticule and scale bar); the areas are outlined on every page.
Output: .pdf (vector, fonts embedded, selectable text), .png (at DPI dots per inch) or .svg.</source>
        <translation>根据布局模板为所选图层制作可直接打印的地图：标题、副标题和日期，采用以该区域为中心的等积投影的主图，所制图层的图例，以 km 为单位的比例尺，指北针，带度数标注的经纬网，东北亚位置图，数据来源（WDPA、Natural Earth 及您自己的数据来源），以及所示边界并非官方边界的声明。

图层保留其原有样式；从文件加载的图层按其类型使用规划工具的样式（国家、保护地、湿地、栖息地、核心区、道路、土地覆盖、廊道…）。
模板：.qpt 文件；留空则使用内置页面（A4/A3 纵向或横向，16:9 幻灯片）。
范围：留空 = 所有图层的范围加上边距（每侧为范围的百分比）。
语言：en、zh、ru、mn、ko、ja 的文字和字体（Noto Sans / Noto Sans CJK）。
地图集图层：每个要素一页（按国家、廊道连接、拉姆萨尔湿地候选地）；PDF 包含所有页面，PNG/SVG 每页一个文件（name_002.png …）。
关注区域：一个面图层（研究区、保护区、流域）；地图先有一页包含所有图层的总览图，随后每个区域一页，以其名称为标题并缩放到该区域（每页使用各自的等积投影、经纬网和比例尺）；各页均勾绘出这些区域的轮廓。
输出：.pdf（矢量，嵌入字体，文字可选取）、.png（按 DPI 每英寸点数）或 .svg。</translation>
    </message>
    <message>
        <source>Areas of interest: overview page, then one page per area of</source>
        <translation>关注区域：先一页总览图，再每个区域一页，区域图层</translation>
    </message>
    <message>
        <source>Area name field (page titles)</source>
        <translation>区域名称字段（页面标题）</translation>
    </message>
    <message>
        <source>Choose either an atlas layer or areas of interest, not both.</source>
        <translation>请选择地图集图层或关注区域，不能同时选择两者。</translation>
    </message>
    <message>
        <source>The areas of interest layer &apos;{}&apos; has no features: nothing to make pages of.</source>
        <translation>关注区域图层“{}”没有要素：无法生成页面。</translation>
    </message>
</context>
<context>
    <name>ProtConnAlgorithm</name>
    <message>
        <source>Protected-area connectivity per country (ProtConn)</source>
        <translation>各国保护地连通性（ProtConn）</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>保护地</translation>
    </message>
    <message>
        <source>Countries (land polygons)</source>
        <translation>国家（陆地多边形）</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国家代码字段（默认：ISO3 / ISO_A3 / ADM0_A3 / GID_0）</translation>
    </message>
    <message>
        <source>Countries to assess (ISO3 codes separated by commas; default: all)</source>
        <translation>要评估的国家（以逗号分隔的 ISO3 代码；默认：全部）</translation>
    </message>
    <message>
        <source>Foreign stepping stones within (m)</source>
        <translation>纳入的外国踏脚石距离（米）</translation>
    </message>
    <message>
        <source>Smallest protected part kept (ha)</source>
        <translation>保留的最小保护部分（公顷）</translation>
    </message>
    <message>
        <source>Importance of every node (dPC)</source>
        <translation>每个节点的重要性（dPC）</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>将 WDPA 点绘制为面积等于其申报面积的圆（REP_AREA；近似）</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>包括拟建保护地（WDPA STATUS 为 'Proposed'）</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>各国 ProtConn</translation>
    </message>
    <message>
        <source>ProtConn nodes with their importance (dPC)</source>
        <translation>ProtConn 节点及其重要性（dPC）</translation>
    </message>
    <message>
        <source>{}: Prot {:.2f} %, ProtConn {:.2f} %, ProtConn_Bound {:.2f} % ({} nodes, {} foreign stepping stones).</source>
        <translation>{}：Prot {:.2f} %，ProtConn {:.2f} %，ProtConn_Bound {:.2f} %（{} 个节点，{} 个外国踏脚石）。</translation>
    </message>
    <message>
        <source>ProtConn, the indicator of Kunming–Montreal target 3 (Saura et al.; the JRC DOPA method): the share of a country's land that is protected and connected.

PROTECTED: protected-area polygons, filtered as in WDPA analyses (no 'Proposed' or 'Not Reported' sites, no UNESCO-MAB Biosphere Reserves; point sites only with BUFFER_POINTS, as circles of their REP_AREA). They are cut at the borders of COUNTRIES (ISO3 codes from COUNTRY_FIELD), dissolved per country and split into single parts: the nodes; parts below MIN_AREA_HA (ha) are dropped. COUNTRY_CODES: the countries to assess, separated by commas (default: every country holding a protected area).
Protected areas of other countries within TRANSBOUNDARY_DISTANCE (m) of the country are stepping stones with no area of their own — also those touching the border and the outer part of a park that straddles it. Distances are edge to edge in an equal-area projection; p = PROBABILITY at MEDIAN_DISTANCE (JRC: 10 km, 0.5).

SUMMARY, one row per country (all in % of the land area unless named otherwise): land_ha, prot_ha, prot, protconn, protunconn = prot − protconn, relconn = 100 protconn / prot; in % of protconn: protconn_trans (owed to the foreign stepping stones), protconn_prot (within dissolved protected land), protconn_unprot (through unprotected land), protconn_within (within single protected areas) and protconn_contig = protconn_prot − protconn_within (across touching areas); the JRC bound correction: sea_outland (what sea and foreign land cut off), protconn_bound = protconn + sea_outland, protunconn_design = prot − protconn_bound; n_nodes, n_foreign.
NODES: the nodes of each assessment with country (assessed), node_country, a (ha; 0 for stepping stones), foreign (1/0), dPC and rank (1 = the node whose loss costs most) — with NODE_IMPORTANCE (advanced; slow for thousands of protected areas), else dPC is empty and rank 0.</source>
        <translation>ProtConn，昆明—蒙特利尔框架目标 3 的指标（Saura 等；JRC DOPA 方法）：一国陆地中受保护且相互连通的比例。

PROTECTED：保护地多边形，按 WDPA 分析的规则筛选（不含“Proposed”或“Not Reported”的保护地，不含 UNESCO-MAB 生物圈保护区；点状保护地仅在 BUFFER_POINTS 时以其 REP_AREA 画成圆）。它们在 COUNTRIES 的国界处被切分（ISO3 代码取自 COUNTRY_FIELD），按国家融合并拆分为单部件：即节点；小于 MIN_AREA_HA（公顷）的部件被舍去。COUNTRY_CODES：要评估的国家，以逗号分隔（默认：所有拥有保护地的国家）。
距该国 TRANSBOUNDARY_DISTANCE（米）以内的其他国家的保护地作为踏脚石参与，本身不计面积——包括与国界相接的保护地以及跨界保护地位于境外的部分。距离为等积投影中的边到边距离；MEDIAN_DISTANCE 处 p = PROBABILITY（JRC：10 km、0.5）。

SUMMARY，每个国家一行（除另有说明外均为陆地面积的百分比）：land_ha、prot_ha、prot、protconn、protunconn = prot − protconn、relconn = 100 protconn / prot；以 protconn 的百分比表示：protconn_trans（归功于外国踏脚石）、protconn_prot（在融合后的保护地内部）、protconn_unprot（经由未保护土地）、protconn_within（在单个保护地内部）和 protconn_contig = protconn_prot − protconn_within（跨越相接的保护地）；JRC 边界校正：sea_outland（被海洋和外国土地隔断的部分）、protconn_bound = protconn + sea_outland、protunconn_design = prot − protconn_bound；n_nodes、n_foreign。
NODES：每次评估的节点，含 country（被评估国）、node_country、a（公顷；踏脚石为 0）、foreign（1/0）、dPC 和 rank（1 = 失去后损失最大的节点）。
仅在勾选 NODE_IMPORTANCE（高级；保护地数以千计时较慢）时计算 dPC 和 rank，否则 dPC 为空、rank 为 0。</translation>
    </message>
</context>
<context>
    <name>RamsarCandidatesAlgorithm</name>
    <message>
        <source>Ramsar candidates (transboundary)</source>
        <translation>拉姆萨尔湿地候选地（跨境）</translation>
    </message>
    <message>
        <source>Finds candidate Ramsar sites in a wetland layer and splits each into one component per Party (country), with the figures a Ramsar Information Sheet asks for.

Wetlands (and existing Ramsar sites and, optionally, protected areas) closer than the link distance (metres) form one candidate complex; its boundary is the union of its members, optionally joined across narrow gaps by a closing distance (metres) that never reaches outside the members' convex hull or into the sea unless you allow it. The boundary is cut by the countries into national components.

Each component gets: candidate id (C01, C02… west to east), party (ISO3), area_ha (hectares, equal-area projection), centroid_lat/centroid_lon (WGS84 degrees; a point on the surface when the centroid falls outside), extends_abroad (1 when the candidate has components in other countries), adjacent_ramsar (designated Ramsar sites of another Party within the adjacency distance, with their number), criteria (e.g. 2,5,6) and evidence.

Criteria come from the optional tables: COUNTS (site, species, season, count — site as in the wetlands' site field), THRESHOLDS (species, population, threshold_1pct or estimate; thresholds are computed from the estimate with the Waterbird Population Estimates rounding rule: 1 % rounded to the nearest 1 up to 10, 5 up to 100, 10 up to 1,000, 100 above; populations of 2,000,000 or more → 20,000) and SPECIES (species, scientific_name, redlist_category). Criterion 5: 20,000 waterbirds or more regularly; Criterion 6: 1 % of a population regularly; Criterion 2: a VU, EN or CR species counted. &quot;Regularly&quot; (unverified reading of the Ramsar glossary): reached in two thirds of the seasons with counts, with at least 3 seasons; or the mean of the seasonal maxima over at least 5 seasons. Bad table rows (text in numeric columns, negative counts, unknown species or sites) are rejected and listed with their line numbers (header = line 1) in the log.

SUMMARY: one row per candidate (candidate, parties, area_ha, n_members, criteria, evidence). Candidates are illustrative, not official boundaries.</source>
        <translation>在湿地图层中查找拉姆萨尔湿地（国际重要湿地）候选地，将每个候选地按缔约方（国家）划分为组成部分，并给出拉姆萨尔湿地信息表（RIS）所需的数据。

彼此距离小于连接距离（米）的湿地（以及现有的拉姆萨尔湿地和可选的保护地）构成一个候选湿地复合体；其边界为各成员的并集，并可按闭合距离（米）跨越狭窄间隙将其连成一体——除非您允许，闭合不会超出成员的凸包，也不会延伸入海。边界再按国家切分为各国组成部分。

每个组成部分包含：候选地 ID（C01、C02…，自西向东）、party（ISO3）、area_ha（公顷，等积投影）、centroid_lat/centroid_lon（WGS84 度；质心落在多边形以外时取面上的点）、extends_abroad（候选地在其他国家也有组成部分时为 1）、adjacent_ramsar（邻接距离内其他缔约方已指定的拉姆萨尔湿地及其编号）、criteria（如 2,5,6）和 evidence（依据）。

标准由可选表格判定：COUNTS（site、species、season、count——site 与湿地图层的地点字段一致）、THRESHOLDS（species、population、threshold_1pct 或 estimate；阈值按《水鸟种群估计》（Waterbird Population Estimates）的取整规则由 estimate 计算：1 % 在 10 以内取整到 1，100 以内取整到 5，1,000 以内取整到 10，超过则取整到 100；种群数量为 2,000,000 或以上时 → 20,000）以及 SPECIES（species、scientific_name、redlist_category）。标准5：定期栖息 20,000 只或以上水鸟；标准6：定期栖息某一水鸟种群 1 % 的个体；标准2：记录到 VU、EN 或 CR 物种。“定期”（对拉姆萨尔公约术语表的解读，未经核实）：在有计数的季节中有三分之二达到，且至少有 3 个季节；或至少 5 个季节的季节最大值的平均值达到。有问题的表格行（数值列中有文本、计数为负、未知的物种或地点）会被拒绝，并连同其行号（表头 = 第 1 行）在日志中列出。

SUMMARY：每个候选地一行（candidate、parties、area_ha、n_members、criteria、evidence）。候选地仅为示意，并非官方边界。</translation>
    </message>
    <message>
        <source>Wetlands (polygons)</source>
        <translation>湿地（多边形）</translation>
    </message>
    <message>
        <source>Site key field (matches the counts&apos; site column; default: site, else name)</source>
        <translation>地点键字段（与计数表的 site 列对应；默认：site，否则为 name）</translation>
    </message>
    <message>
        <source>Countries (polygons)</source>
        <translation>国家（多边形）</translation>
    </message>
    <message>
        <source>Country ISO3 field (default: detect ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国家 ISO3 字段（默认：自动识别 ISO3 / ISO_A3 / ADM0_A3 / GID_0）</translation>
    </message>
    <message>
        <source>Designated Ramsar sites (polygons)</source>
        <translation>已指定的拉姆萨尔湿地（多边形）</translation>
    </message>
    <message>
        <source>Waterbird counts table (site, species, season, count)</source>
        <translation>水鸟计数表（site、species、season、count）</translation>
    </message>
    <message>
        <source>1 % thresholds table (species, population, threshold_1pct or estimate)</source>
        <translation>1 % 阈值表（species、population、threshold_1pct 或 estimate）</translation>
    </message>
    <message>
        <source>Link distance between wetlands of one complex (m)</source>
        <translation>同一复合体内湿地之间的连接距离（m）</translation>
    </message>
    <message>
        <source>Protected areas to include as members (polygons)</source>
        <translation>作为成员纳入的保护地（多边形）</translation>
    </message>
    <message>
        <source>Closing distance across narrow gaps (m; 0 = plain union)</source>
        <translation>跨越狭窄间隙的闭合距离（m；0 = 直接合并）</translation>
    </message>
    <message>
        <source>Let the closing reach outside the members&apos; convex hull</source>
        <translation>允许闭合超出成员的凸包</translation>
    </message>
    <message>
        <source>Let the closing reach into the sea (outside every country)</source>
        <translation>允许闭合延伸入海（所有国家范围以外）</translation>
    </message>
    <message>
        <source>Adjacency distance to another Party&apos;s Ramsar site (m)</source>
        <translation>与其他缔约方拉姆萨尔湿地的邻接距离（m）</translation>
    </message>
    <message>
        <source>Species table (species, scientific_name, redlist_category)</source>
        <translation>物种表（species、scientific_name、redlist_category）</translation>
    </message>
    <message>
        <source>&quot;Regularly&quot; rule (unverified reading of the Ramsar glossary)</source>
        <translation>“定期”规则（对拉姆萨尔公约术语表的解读，未经核实）</translation>
    </message>
    <message>
        <source>Reached in 2/3 of the seasons with counts</source>
        <translation>在有计数的季节中有 2/3 达到</translation>
    </message>
    <message>
        <source>Mean of seasonal maxima reaches the level</source>
        <translation>季节最大值的平均值达到该水平</translation>
    </message>
    <message>
        <source>Minimum seasons with counts (2/3 rule: 3; mean rule: 5)</source>
        <translation>有计数的最少季节数（2/3 规则：3；平均值规则：5）</translation>
    </message>
    <message>
        <source>Ramsar candidate components</source>
        <translation>拉姆萨尔湿地候选地组成部分</translation>
    </message>
    <message>
        <source>Ramsar candidate summary</source>
        <translation>拉姆萨尔湿地候选地汇总</translation>
    </message>
    <message>
        <source>Number of candidates</source>
        <translation>候选地数量</translation>
    </message>
    <message>
        <source>Number of national components</source>
        <translation>国家组成部分数量</translation>
    </message>
    <message>
        <source>Table rows rejected</source>
        <translation>被拒绝的表格行</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>正在读取图层…</translation>
    </message>
    <message>
        <source>{} table rows were rejected (listed above with their line numbers); the other rows were used.</source>
        <translation>{} 个表格行被拒绝（已在上方连同行号列出）；其余各行均已使用。</translation>
    </message>
    <message>
        <source>No candidate complex found: the outputs are empty.</source>
        <translation>未找到候选湿地复合体：输出为空。</translation>
    </message>
    <message>
        <source>Shapefile output: field names are cut to 10 characters and texts to 254 bytes; use a GeoPackage to keep the full evidence.</source>
        <translation>输出为 shapefile：字段名会被截断为 10 个字符，文本会被截断为 254 字节；如需保留完整的依据，请使用 GeoPackage。</translation>
    </message>
</context>
<context>
    <name>RamsarPackageAlgorithm</name>
    <message>
        <source>Ramsar designation package</source>
        <translation>拉姆萨尔湿地指定申报材料包</translation>
    </message>
    <message>
        <source>Writes the files an Administrative Authority needs to propose its part of a candidate (transboundary) Ramsar site, from the output of &apos;Ramsar candidates (transboundary)&apos;.

For the chosen candidate id (e.g. C02) it creates the folder &lt;id&gt;_&lt;name&gt; in the output folder with one sub-folder per Party (ISO3 code) holding: the boundary as a shapefile in WGS84 (EPSG:4326; .shp .shx .dbf .prj .cpg, UTF-8, field names of at most 10 characters) and as KML; an A4 map (PDF) of the Party&apos;s component with the other Parties&apos; components in grey, graticule in degrees, scale bar in km, north arrow, locator, legend, sources and the statement that the boundary is not official; and a Ramsar Information Sheet field sheet (XLSX and HTML) with the site names in the Party&apos;s language and English, the central coordinates, the area calculated from the GIS boundary in hectares, an empty column for the official area, the two border questions (does the site extend into another country; is it adjacent to another Party&apos;s Ramsar site) and the criteria met with their evidence. At the top level: a combined transboundary map (PDF), a components table (XLSX, HTML) and README.txt.

Language: &apos;auto&apos; labels each Party&apos;s files in English and that Party&apos;s language. Countries (optional) draw the background and the locator. File names are ASCII and safe on Windows; the package is built in a temporary folder and moved into place only when complete (an existing package of the same candidate is replaced).</source>
        <translation>根据“拉姆萨尔湿地候选地（跨境）”的输出，写出行政主管部门提名其所属部分的（跨境）拉姆萨尔湿地候选地所需的文件。

对于所选候选地 ID（如 C02），在输出文件夹中创建 &lt;id&gt;_&lt;name&gt; 文件夹，每个缔约方（ISO3 代码）一个子文件夹，其中包含：WGS84（EPSG:4326）shapefile 格式的边界（.shp .shx .dbf .prj .cpg，UTF-8，字段名不超过 10 个字符）及 KML 格式的边界；该缔约方组成部分的 A4 地图（PDF），其他缔约方的组成部分以灰色显示，并带以度为单位的经纬网、以 km 为单位的比例尺、指北针、位置图、图例、数据来源以及边界并非官方边界的声明；以及拉姆萨尔湿地信息表（RIS）的字段表（XLSX 和 HTML），包含以该缔约方语言和英文书写的湿地名称、中心坐标、根据 GIS 边界计算的面积（公顷）、留空的官方面积栏、两个边界问题（该湿地是否延伸至其他国家；是否与其他缔约方的拉姆萨尔湿地相邻）以及所符合的标准及其依据。顶层文件夹包含：跨境合并地图（PDF）、组成部分表（XLSX、HTML）和 README.txt。

语言：'auto' 为每个缔约方的文件使用英文和该缔约方的语言进行标注。国家（可选）用于绘制背景和位置图。文件名为 ASCII，在 Windows 上也安全；材料包先在临时文件夹中生成，完整后才移至目标位置（同一候选地的已有材料包会被替换）。</translation>
    </message>
    <message>
        <source>Ramsar candidate components (output of Ramsar candidates)</source>
        <translation>拉姆萨尔湿地候选地组成部分（“拉姆萨尔湿地候选地”的输出）</translation>
    </message>
    <message>
        <source>Candidate id (e.g. C02; empty when the layer holds only one candidate)</source>
        <translation>候选地 ID（如 C02；图层中只有一个候选地时可留空）</translation>
    </message>
    <message>
        <source>Second language of the labels</source>
        <translation>标注的第二语言</translation>
    </message>
    <message>
        <source>Each Party&apos;s own language</source>
        <translation>各缔约方自己的语言</translation>
    </message>
    <message>
        <source>Countries for the map background and locator (polygons)</source>
        <translation>用于地图背景和位置图的国家（多边形）</translation>
    </message>
    <message>
        <source>Sources statement printed on the maps</source>
        <translation>打印在地图上的数据来源说明</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>材料包文件夹</translation>
    </message>
    <message>
        <source>Number of files written</source>
        <translation>写出的文件数</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
    <message>
        <source>Layer CANDIDATES has no coordinate reference system.</source>
        <translation>图层 CANDIDATES 没有坐标参照系。</translation>
    </message>
    <message>
        <source>Candidate boundaries computed with NEASPEC Planner (neaspec:ramsar_candidates) from the user&apos;s layers ({}); illustrative, not official.</source>
        <translation>候选地边界由 NEASPEC Planner（neaspec:ramsar_candidates）根据用户的图层（{}）计算得出；仅为示意，并非官方边界。</translation>
    </message>
    <message>
        <source>No COUNTRIES given: the bundled Natural Earth countries of North-East Asia are drawn as background and locator.</source>
        <translation>未提供 COUNTRIES：将使用内置的 Natural Earth 东北亚国家数据绘制背景和位置图。</translation>
    </message>
    <message>
        <source> Country outlines: Natural Earth 1:10m (public domain).</source>
        <translation>国家轮廓：Natural Earth 1:10m（公共领域）。</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <source>Attribute report (XLSX, CSV, HTML, PDF)</source>
        <translation>属性报告（XLSX、CSV、HTML、PDF）</translation>
    </message>
    <message>
        <source>Writes the attribute tables of result layers and tables as a report for national reporting.

Column headings carry units: area_ha → Area (ha), protected_pct → Protected (%), *_m → metres (shown in km in HTML/PDF when the distances are long); the original field name is kept (second header row in XLSX, [field] in CSV, a list of columns in HTML/PDF).
XLSX: one sheet per table, formatted and frozen header, numbers stay numbers, plus a sheet listing the columns and units.
CSV: UTF-8, one file per table (the first at the output path, the others beside it). The Excel-friendly option adds a byte-order mark and, for languages that write a decimal comma (ru, mn…), uses ';' between columns and ',' in numbers.
HTML: a single file that opens offline (no external resources): sortable tables, a bar chart of the protected share per country (tables with a country column and protected_pct) and a map thumbnail of each spatial layer.
PDF: A4, selectable text, same content as the HTML.
Language: headings, number and date formats (en, zh, ru, mn, ko, ja).</source>
        <translation>将结果图层和表格的属性表写成报告，用于国家报告。

列标题带有单位：area_ha → 面积（公顷），protected_pct → 受保护比例（%），*_m → 米（距离较长时在 HTML/PDF 中以 km 显示）；同时保留原字段名（XLSX 中为第二行表头，CSV 中为 [field]，HTML/PDF 中为列清单）。
XLSX：每个表一个工作表，表头已设置格式并冻结，数字保持为数字格式，另有一个列出各列及其单位的工作表。
CSV：UTF-8，每个表一个文件（第一个位于输出路径，其余放在同一位置）。“适用于 Excel”选项会添加字节顺序标记（BOM），并对使用小数逗号的语言（ru、mn…）以 ';' 分隔各列、在数字中使用 ','。
HTML：可离线打开的单个文件（无外部资源）：可排序的表格、各国受保护比例的条形图（针对含国家列和 protected_pct 的表）以及每个空间图层的地图缩略图。
PDF：A4，文字可选取，内容与 HTML 相同。
语言：标题、数字和日期格式（en、zh、ru、mn、ko、ja）。</translation>
    </message>
    <message>
        <source>Layers and tables</source>
        <translation>图层和表格</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <source>CSV for Excel (BOM, locale separator)</source>
        <translation>适用于 Excel 的 CSV（BOM，按区域设置的分隔符）</translation>
    </message>
    <message>
        <source>Map thumbnails in HTML/PDF</source>
        <translation>在 HTML/PDF 中加入地图缩略图</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No layer or table to report: choose at least one in INPUT.</source>
        <translation>没有可报告的图层或表格：请在 INPUT 中至少选择一个。</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .xlsx, .csv, .html or .pdf.</source>
        <translation>输出“{}”的扩展名必须为 .xlsx、.csv、.html 或 .pdf。</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>无法读取图层“{}”。</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>已写出 {}</translation>
    </message>
</context>
<context>
    <name>ResistanceAlgorithm</name>
    <message>
        <source>Resistance surface (species profile)</source>
        <translation>阻力面（物种配置）</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>物种配置</translation>
    </message>
    <message>
        <source>Cost table (CSV class,cost; required for custom)</source>
        <translation>成本表（CSV class,cost；custom 配置必需）</translation>
    </message>
    <message>
        <source>Barriers (roads, railways, fences)</source>
        <translation>屏障（道路、铁路、围栏）</translation>
    </message>
    <message>
        <source>Barrier width (m)</source>
        <translation>屏障宽度（m）</translation>
    </message>
    <message>
        <source>Barrier cost field</source>
        <translation>屏障成本字段</translation>
    </message>
    <message>
        <source>Default barrier cost (lines without cost or known type)</source>
        <translation>默认屏障成本（无成本值且类型未知的线）</translation>
    </message>
    <message>
        <source>Treat classes missing from the table as impassable</source>
        <translation>将表中缺失的类别视为不可通行</translation>
    </message>
    <message>
        <source>Resistance (cost ≥ 1, nodata = impassable)</source>
        <translation>阻力（成本 ≥ 1，无数据值 = 不可通行）</translation>
    </message>
    <message>
        <source>The resistance raster is written as GeoTIFF: give the output a .tif name (got &apos;{}&apos;).</source>
        <translation>阻力栅格以 GeoTIFF 格式写出：请为输出使用 .tif 文件名（当前为“{}”）。</translation>
    </message>
    <message>
        <source>Profile '{}': its costs are expert defaults (ED) — adjust them for your region (copy resources/profiles/{}.csv and give it as TABLE).</source>
        <translation>物种配置“{}”：其成本为专家默认值（ED）——请根据您所在的区域进行调整（复制 resources/profiles/{}.csv 并作为 TABLE 提供）。</translation>
    </message>
    <message>
        <source>{} barrier feature(s) read from &apos;{}&apos;.</source>
        <translation>已读取 {} 个屏障要素（来自“{}”）。</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>已取消：未写入任何输出。</translation>
    </message>
    <message>
        <source>Resistance {} × {} cells: cost {} – {}, {} nodata (impassable) cell(s).</source>
        <translation>阻力栅格 {} × {} 像元：成本 {} – {}，{} 个无数据（不可通行）像元。</translation>
    </message>
    <message>
        <source>Land cover (class raster, or several tiles such as ESA WorldCover)</source>
        <translation>土地覆盖（类别栅格，或多个图块，如 ESA WorldCover）</translation>
    </message>
    <message>
        <source>Elevation (DEM, m; one raster or several tiles) for the slope/ruggedness term</source>
        <translation>高程（DEM，米；一个栅格或多个图块），用于坡度/崎岖度项</translation>
    </message>
    <message>
        <source>Aggregate fine cells (mean = average of their costs; mode = majority class)</source>
        <translation>聚合细像元（mean = 其成本的平均值；mode = 多数类别）</translation>
    </message>
    <message>
        <source>Analysis cell size (m; default: the land cover&apos;s when projected, else 100)</source>
        <translation>分析像元大小（米；默认：投影的土地覆盖取其像元大小，否则为 100）</translation>
    </message>
    <message>
        <source>Target CRS (default: equal-area centred on the extent)</source>
        <translation>目标坐标系（默认：以范围为中心的等积坐标系）</translation>
    </message>
    <message>
        <source>Extent (default: the land-cover tiles&apos;)</source>
        <translation>范围（默认：土地覆盖图块的范围）</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>栅格“{}”不是 GDAL 可读取的文件；请先将其另存为 GeoTIFF。</translation>
    </message>
    <message>
        <source>Turns a land-cover raster into a resistance (cost) raster for least-cost corridors: each cell gets the cost of crossing it for the chosen species, from 1 (easiest) upwards; impassable or unknown cells are nodata (-9999).

&lt;b&gt;The species profiles are expert defaults (ED), not published values: adjust them to your region before using results.&lt;/b&gt; No published class-to-resistance table for these species could be read; the bundled tables (folder resources/profiles of the plugin) give for each number only the direction of effect from qualitative findings and their sources.

Land cover: ESA WorldCover 10 m classes (10 tree cover … 100 moss and lichen; 0 = no data) for the species profiles, or any integer class raster with your own TABLE. LANDCOVER may be several tiles (e.g. ESA WorldCover 3° tiles in EPSG:4326, as downloaded) or a folder of them, in any CRS: they are mosaicked (a VRT), reprojected to TARGET_CRS (default: the Lambert azimuthal equal-area CRS centred on EXTENT) at CELL_SIZE metres (default: the cell of a single projected raster, else 100) over EXTENT (default: the tiles' extent). AGGREGATE mean (default): the cost of every fine cell is looked up first, then averaged over each analysis cell, nodata cells left out; a cell whose fine cells are mostly impassable is impassable. AGGREGATE mode: the majority class of the fine cells, then its cost. The tiles are read block by block within a memory budget printed first; parts of the extent that no tile covers are nodata and reported, with the names of the tiles to add. DEM may be several tiles too: slope and ruggedness are computed in metres on the analysis grid.
Profiles: amur_tiger, amur_leopard, snow_leopard, crane (cranes on foot: chicks or moult; flight between wetlands is not a cost-surface problem), custom (TABLE required).
TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'); lines starting with # are comments. Given with a species profile it replaces that profile's land-cover costs. Classes present in the raster but missing from the table stop the run with their list, unless you treat them as impassable. WorldCover does not separate forest types, paddy from dry cropland, or tidal flats (class 60/80): check those classes.
BARRIERS: roads, railways, fences as lines, burned BARRIER_WIDTH metres wide (all cells the buffered line touches) with the larger of the barrier and land-cover cost. Each line's cost comes from a number in BARRIER_FIELD (default 'cost'; 'impassable' makes it nodata), else from its OSM type (highway, railway, barrier, type or fclass field: motorway 1000, trunk/primary 500, secondary 200, tertiary 80, track 20, rail 300, fence 1000 for tigers — all ED), else BARRIER_COST (lines with no cost and no type: 1000 if BARRIER_COST is empty).
DEM (optional, metres; resampled onto the land-cover grid if needed): tiger and leopard cost ×1.5 on slopes of 30–45° and ×3 above 45°; cranes ×5 above 5°; snow leopard cost lowered in rugged terrain, R × (1 − 0.5·min(TRI/TRI_p90, 1)), never below 1. All ED.</source>
        <translation>将土地覆盖栅格转换为用于最小成本廊道的阻力（成本）栅格：每个像元得到所选物种穿越它的成本，从 1（最容易）起向上递增；不可通行或未知的像元为无数据值（-9999）。

&lt;b&gt;物种配置为专家默认值（ED），并非已发表的数值：使用结果之前，请根据您所在的区域进行调整。&lt;/b&gt;目前未能获得这些物种已发表的“类别—阻力”对照表；内置表格（插件的 resources/profiles 文件夹）对每个数值只给出定性研究结论所示的影响方向及其来源。

土地覆盖：物种配置使用 ESA WorldCover 10 m 类别（10 树木覆盖 … 100 苔藓和地衣；0 = 无数据），也可使用任意整数类别栅格配合您自己的 TABLE。LANDCOVER 可以是多个图块（例如按原样下载的 EPSG:4326 中的 ESA WorldCover 3° 图块）或存放它们的文件夹，坐标系不限：它们被镶嵌（VRT），重投影到 TARGET_CRS（默认：以 EXTENT 为中心的兰伯特方位等积坐标系），像元大小为 CELL_SIZE 米（默认：单个投影栅格则取其像元大小，否则为 100），范围为 EXTENT（默认：图块的范围）。AGGREGATE mean（默认）：先对每个细像元查得成本，再在每个分析像元内求平均，不计无数据像元；细像元大部分不可通行的像元为不可通行。AGGREGATE mode：细像元的多数类别，再取其成本。图块按块读取，内存预算会首先打印；没有图块覆盖的范围部分为无数据值并会报告，同时列出需补充的图块名称。DEM 也可以是多个图块：坡度和崎岖度在分析网格上以米为单位计算。
物种配置：amur_tiger（东北虎）、amur_leopard（东北豹）、snow_leopard（雪豹）、crane（鹤类，指地面移动：雏鸟或换羽期；湿地之间的飞行不属于成本面问题）、custom（自定义，须提供 TABLE）。
TABLE：含 class,cost 列的 CSV 文件（cost ≥ 1，或 'impassable'）；以 # 开头的行为注释。与物种配置同时给出时，它将替换该配置的土地覆盖成本。栅格中存在但表中缺失的类别会使运行中止并列出这些类别，除非您选择将其视为不可通行。WorldCover 不区分森林类型、水田与旱地，也不单列潮滩（类别 60/80）：请检查这些类别。
BARRIERS：道路、铁路、围栏等线要素，按 BARRIER_WIDTH 米的宽度栅格化（缓冲后的线所触及的所有像元），取屏障成本与土地覆盖成本中的较大者。每条线的成本取自 BARRIER_FIELD 中的数值（默认 'cost'；'impassable' 表示设为无数据值），否则取自其 OSM 类型（highway、railway、barrier、type 或 fclass 字段：motorway 1000，trunk/primary 500，secondary 200，tertiary 80，track 20，rail 300，针对虎的 fence 1000——均为 ED），再否则取 BARRIER_COST（既无成本也无类型的线：BARRIER_COST 为空时为 1000）。
DEM（可选，单位米；必要时重采样到土地覆盖网格）：虎和豹在 30–45° 的坡度上成本 ×1.5，45° 以上 ×3；鹤类在 5° 以上 ×5；雪豹在崎岖地形中成本降低，R × (1 − 0.5·min(TRI/TRI_p90, 1))，但不低于 1。均为 ED。</translation>
    </message>
</context>
</TS>
