<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmChain</name>
    <message>
        <source>Running {} ({}/{})…</source>
        <translation>{}を実行中（{}/{}）…</translation>
    </message>
    <message>
        <source>The algorithm failed; see the log.</source>
        <translation>アルゴリズムの実行に失敗しました。ログを確認してください。</translation>
    </message>
</context>
<context>
    <name>CompareOptionsAlgorithm</name>
    <message>
        <source>Compare corridor options</source>
        <translation>生態回廊の代替案を比較</translation>
    </message>
    <message>
        <source>Runs the least-cost corridors (as in 'Least-cost corridors and gaps') on a BASELINE resistance and on each option, for the workshop side-by-side.

OPTIONS: layers, each named by its layer name. A raster is an alternative resistance (resampled onto the baseline grid if needed). A line or polygon layer is applied to a copy of the baseline: a numeric 'cost' field sets the cost of every cell the features touch ('impassable' blocks them); otherwise a 'type' field: crossing and restoration lower the cost to the baseline's lowest cost (normally 1), barrier makes the cells impassable. A layer with neither field is taken by its name (a name with 'crossing', 'restor', 'barrier' or 'fence').
MAX_DISTANCE (m) and CORRIDOR_WIDTH (cost × m) as in the corridors tool; PROTECTED and COUNTRIES (optional) make gap_ha the corridor area outside protected areas.

TABLE: one row per link and option (the baseline included) with link (from-to core ids), option, lcd (cost × m), lcd_change_pct (against the baseline; negative = easier), cwd_to_euclid and gap_ha. CHANGES: a folder with one GeoTIFF per option, changes_&lt;option&gt;.tif: +1 corridor gained, −1 corridor lost, 0 corridor in both, nodata elsewhere.</source>
        <translation>ベースライン（BASELINE）の抵抗と各代替案について最小コスト回廊（「最小コスト回廊と保護ギャップ」と同じ方法）を計算し、ワークショップで並べて比較できるようにします。

OPTIONS：レイヤ。各代替案はレイヤ名で呼ばれます。ラスタは別の抵抗として使われます（必要に応じてベースラインのグリッドにリサンプリング）。ラインまたはポリゴンのレイヤはベースラインのコピーに適用されます。数値の 'cost' フィールドがあれば、地物が接するすべてのセルのコストをその値にします（'impassable' は通行不能）。ない場合は 'type' フィールドを使い、crossing（横断施設）と restoration（復元）はコストをベースラインの最小コスト（通常 1）まで下げ、barrier（障壁）はセルを通行不能にします。どちらのフィールドもないレイヤは名前で判断します（'crossing'、'restor'、'barrier'、'fence' を含む名前）。
MAX_DISTANCE（m）と CORRIDOR_WIDTH（コスト × m）は回廊ツールと同じです。PROTECTED と COUNTRIES（オプション）を指定すると、gap_ha は保護地域外の回廊面積になります。

TABLE：リンクと代替案（ベースラインを含む）ごとに 1 行で、link（起点-終点のコアエリア ID）、option、lcd（コスト × m）、lcd_change_pct（ベースラインとの差。負 = 移動しやすくなる）、cwd_to_euclid、gap_ha を持ちます。CHANGES：代替案ごとに GeoTIFF を 1 つ（changes_&lt;option&gt;.tif）収めたフォルダ。+1 は増えた回廊、−1 は失われた回廊、0 は両方で回廊、それ以外は nodata です。</translation>
    </message>
    <message>
        <source>Baseline resistance raster (cost per metre, projected CRS)</source>
        <translation>ベースラインの抵抗ラスタ（1 m あたりのコスト、投影座標系）</translation>
    </message>
    <message>
        <source>Options (resistance rasters, or crossings / restorations / barriers layers)</source>
        <translation>代替案（抵抗ラスタ、または横断施設／復元／障壁のレイヤ）</translation>
    </message>
    <message>
        <source>Comparison table (link × option)</source>
        <translation>比較表（リンク × 代替案）</translation>
    </message>
    <message>
        <source>Folder for the change rasters (one per option)</source>
        <translation>変化ラスタのフォルダ（代替案ごとに 1 つ）</translation>
    </message>
    <message>
        <source>Option raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>代替案ラスタ「{}」は GDAL で読み込めるファイルではありません。先に GeoTIFF として保存してください。</translation>
    </message>
    <message>
        <source>Option layer &apos;{}&apos; has no coordinate reference system.</source>
        <translation>代替案レイヤ「{}」に座標参照系がありません。</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; is neither a raster nor a vector layer.</source>
        <translation>代替案「{}」はラスタレイヤでもベクタレイヤでもありません。</translation>
    </message>
    <message>
        <source>{} option(s) compared on {} link(s).</source>
        <translation>{} 件の代替案を {} 本のリンクで比較しました。</translation>
    </message>
</context>
<context>
    <name>ConnectivityAlgorithm</name>
    <message>
        <source>Network connectivity (PC, IIC, dPC)</source>
        <translation>ネットワーク連結性（PC、IIC、dPC）</translation>
    </message>
    <message>
        <source>How well a network of patches (habitat patches, protected areas, wetland sites of a flyway) is connected, and which patch matters most — the probability of connectivity (PC) and the integral index of connectivity (IIC) of Saura et al., as Conefor computes them.

PATCHES: polygons; features with the same PATCH_ID form one node. ATTRIBUTE (optional, ≥ 0): the node weight a; default the area in ha. DISTANCE: edge (between the polygons, 0 when they touch) or centroid (of the largest part). Distances and areas are metres and hectares in an equal-area projection (EPSG:4326 input is reprojected).
Kernel: p = PROBABILITY at MEDIAN_DISTANCE (m), p_ij = p^(d_ij/d). MIN_PROBABILITY: pairs below it are not linked (0 = no cut-off; pairs below 1e-12 never are; 0.01 reproduces Makurhini). IIC_DISTANCE (m, default MEDIAN_DISTANCE): patches at most this far apart are linked for IIC.
LANDSCAPE_AREA (ha) or STUDY_AREA (polygons) give A_L; default the patches' area sum.

NODES: the patches with a, country (with COUNTRIES), dPC = dPCintra + dPCflux + dPCconnector (% of PC lost without the patch: its own area, its flow with the others, its role as a stepping stone), the same for dIIC, and rank (1 = highest dPC). LINKS: lines between linked pairs with distance_m and p. SUMMARY: one row per metric (PC, IIC): numerator, index, ec (equivalent connected area, ha), landscape (A_L), intra_pct, direct_pct, step_pct (they add up to 100) and n_nodes.

Every pair is solved with compiled shortest paths on −ln p, and every node's dPC without solving the network again for each node (docs/algorithms/connectivity.md).</source>
        <translation>パッチのネットワーク（生息地パッチ、保護地域、渡りルート上の湿地）がどれだけ連結しているか、どのパッチが最も重要か — Saura らの連結確率（PC）と統合連結性指数（IIC）を、Conefor と同じ方法で計算します。

PATCHES：ポリゴン。PATCH_ID が同じ地物は 1 つのノードになります。ATTRIBUTE（任意、≥ 0）：ノードの重み a。既定は面積（ha）。DISTANCE：edge（ポリゴン間の距離、接していれば 0）または centroid（最大部分の重心）。距離と面積は正積図法でのメートルとヘクタールです（EPSG:4326 の入力は再投影されます）。
カーネル：MEDIAN_DISTANCE（m）での確率 p = PROBABILITY、p_ij = p^(d_ij/d)。MIN_PROBABILITY：これ未満のペアは結びません（0 = 打ち切りなし。1e-12 未満のペアは常に結ばない。0.01 は Makurhini と同じ）。IIC_DISTANCE（m、既定 MEDIAN_DISTANCE）：この距離以内のパッチを IIC で結びます。
LANDSCAPE_AREA（ha）または STUDY_AREA（ポリゴン）が A_L を与えます。既定はパッチ面積の合計。

NODES：各パッチと a、country（COUNTRIES がある場合）、dPC = dPCintra + dPCflux + dPCconnector（そのパッチがないと失われる PC の %：自身の面積、他パッチとの流れ、飛び石としての役割）、dIIC も同様、そして rank（1 = dPC が最大）。LINKS：結ばれたペア間の線と distance_m、p。SUMMARY：指標（PC、IIC）ごとに 1 行：numerator、index、ec（等価連結面積、ha）、landscape（A_L）、intra_pct、direct_pct、step_pct（合計 100）と n_nodes。

すべてのペアは −ln p 上のコンパイル済み最短経路で解き、各ノードの dPC はノードごとにネットワーク全体を解き直さずに求めます（docs/algorithms/connectivity.md）。</translation>
    </message>
    <message>
        <source>Patches (habitat, protected areas or wetland sites)</source>
        <translation>パッチ（生息地、保護地域または湿地）</translation>
    </message>
    <message>
        <source>Patch id field</source>
        <translation>パッチ ID フィールド</translation>
    </message>
    <message>
        <source>Node weight field (default: area in ha)</source>
        <translation>ノードの重みフィールド（既定：面積、ha）</translation>
    </message>
    <message>
        <source>Distance between patches</source>
        <translation>パッチ間の距離</translation>
    </message>
    <message>
        <source>Median dispersal distance d (m)</source>
        <translation>分散距離の中央値 d（m）</translation>
    </message>
    <message>
        <source>Probability p at the median distance</source>
        <translation>中央値距離での確率 p</translation>
    </message>
    <message>
        <source>Minimum probability of a link (0 = no cut-off)</source>
        <translation>リンクの最小確率（0 = 打ち切りなし）</translation>
    </message>
    <message>
        <source>IIC link distance (m, default: the median distance)</source>
        <translation>IIC のリンク距離（m、既定：中央値距離）</translation>
    </message>
    <message>
        <source>Landscape area A_L (ha, default: the patches&apos; area sum)</source>
        <translation>景観面積 A_L（ha、既定：パッチ面積の合計）</translation>
    </message>
    <message>
        <source>Study area (its area is A_L)</source>
        <translation>調査地域（その面積が A_L）</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>国（ISO3 / ISO_A3 / ADM0_A3 フィールド）</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国コードのフィールド（デフォルト：ISO3 / ISO_A3 / ADM0_A3 / GID_0）</translation>
    </message>
    <message>
        <source>Nodes with their importance (dPC, dIIC)</source>
        <translation>ノードとその重要度（dPC、dIIC）</translation>
    </message>
    <message>
        <source>Links with their probability</source>
        <translation>リンクとその確率</translation>
    </message>
    <message>
        <source>Connectivity summary (PC, IIC)</source>
        <translation>連結性の集計（PC、IIC）</translation>
    </message>
    <message>
        <source>Choose the patch id field.</source>
        <translation>パッチ ID フィールドを選んでください。</translation>
    </message>
    <message>
        <source>{} patch feature(s) read from &apos;{}&apos;.</source>
        <translation>{} 件のパッチ地物を '{}' から読み込みました。</translation>
    </message>
    <message>
        <source>PC = {:.6g}, EC = {:,.1f} (intra {:.1f} %, direct {:.1f} %, stepping stones {:.1f} %); {} node(s), {} link(s).</source>
        <translation>PC = {:.6g}、EC = {:,.1f}（パッチ内 {:.1f} %、直接 {:.1f} %、飛び石経由 {:.1f} %）；ノード {} 個、リンク {} 本。</translation>
    </message>
</context>
<context>
    <name>CorridorsAlgorithm</name>
    <message>
        <source>Least-cost corridors and gaps</source>
        <translation>最小コスト回廊と保護ギャップ</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>コアエリア</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>コアエリア ID のフィールド</translation>
    </message>
    <message>
        <source>Resistance raster (cost per metre, projected CRS)</source>
        <translation>抵抗ラスタ（1 m あたりのコスト、投影座標系）</translation>
    </message>
    <message>
        <source>Maximum link distance, edge to edge (m)</source>
        <translation>最大リンク距離、縁から縁まで（m）</translation>
    </message>
    <message>
        <source>Corridor width (cost × m above the least-cost distance)</source>
        <translation>回廊幅（最小コスト距離を上回るコスト × m）</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>国（ISO3 / ISO_A3 / ADM0_A3 フィールド）</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>保護地域</translation>
    </message>
    <message>
        <source>Links (least-cost paths)</source>
        <translation>リンク（最小コスト経路）</translation>
    </message>
    <message>
        <source>Corridors (NLCC, cost × m)</source>
        <translation>回廊（NLCC、コスト × m）</translation>
    </message>
    <message>
        <source>Corridor gaps (outside protected areas)</source>
        <translation>回廊の保護ギャップ（保護地域外）</translation>
    </message>
    <message>
        <source>Choose the core id field.</source>
        <translation>コアエリア ID のフィールドを選択してください。</translation>
    </message>
    <message>
        <source>{} core feature(s) read from &apos;{}&apos;.</source>
        <translation>{} 個のコアエリア地物を「{}」から読み込みました。</translation>
    </message>
    <message>
        <source>The corridor raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>回廊ラスタは GeoTIFF で書き出されます。.tif の名前を指定してください（指定された名前：「{}」）。</translation>
    </message>
    <message>
        <source>{} link(s); {} transboundary; corridor gaps {:.1f} ha.</source>
        <translation>リンク {} 本（うち越境 {} 本）、回廊の保護ギャップ {:.1f} ha。</translation>
    </message>
    <message>
        <source>No links: fewer than two cores, or no pair within the maximum distance. The outputs are empty.</source>
        <translation>リンクがありません。コアエリアが 2 つ未満か、最大距離以内にあるペアがありません。出力は空です。</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, as in Linkage Mapper, and the parts of them outside protected areas, per country.

CORES: polygons (a multi-part feature, or several features with the same CORE_ID, is one core; a core smaller than a cell uses the cell it lies in). RESISTANCE: cost of crossing one metre of each cell (≥ 1; zero or negative cells stop the run; nodata is impassable), in a projected CRS in metres.
Cost model: 8 neighbours; a move costs the mean of the two cells' costs × the step length in metres (GRASS r.cost's default). All costs (lcd, CORRIDOR_WIDTH, the corridor raster) are in cost × metres: crossing 1 km of cost-1 land costs 1000.
MAX_DISTANCE (m): cores whose edges are at most this far apart (straight line) are linked. CORRIDOR_WIDTH (cost × m): cells whose normalised least-cost corridor value NLCC = CWD_A + CWD_B − LCD is at most this are in the corridor (0 on the least-cost path).

LINKS: the least-cost path of each link with from_id, to_id, lcd (least-cost distance), euclid_m (edge-to-edge), path_m, cwd_to_euclid, cwd_to_path (mean cost along the path), countries crossed (ISO3, in path order), transboundary (1/0), unprotected_m (path length outside PROTECTED) and rank (1 = lowest cwd_to_euclid, the best-connected link). CORRIDORS: the NLCC mosaic (minimum over links) where ≤ CORRIDOR_WIDTH, nodata elsewhere. GAPS: corridor area outside PROTECTED, one polygon per link and country, with area_ha (equal-area).

DROP_THROUGH_CORES (default on): a link whose least-cost path runs through a third core is dropped (it is redundant with the links to that core); the log lists them.

The results are those of a search over the whole raster: each core's cost distance is computed once, in a window around it that is checked to give the whole-raster answer (else searched again in a larger one). The run is refused up front with a memory estimate if it would need more than 4 GiB.</source>
        <translation>コアエリア間の最小コスト回廊（Linkage Mapper と同じ方法）と、そのうち保護地域外にある部分を国ごとに求めます。

CORES：ポリゴン（マルチパートの地物、または CORE_ID が同じ複数の地物は 1 つのコアエリアになります。セルより小さいコアエリアはそれを含むセルを使います）。RESISTANCE：各セルを 1 m 横断するコスト（≥ 1。0 または負のセルがあると実行を中止します。nodata は通行不能）。メートル単位の投影座標系であること。
コストモデル：8 近傍。1 回の移動のコストは 2 つのセルのコストの平均 × 移動距離（m）です（GRASS r.cost のデフォルト）。すべてのコスト（lcd、CORRIDOR_WIDTH、回廊ラスタ）の単位はコスト × m です。コスト 1 の土地を 1 km 横断するとコストは 1000 になります。
MAX_DISTANCE（m）：縁どうしの直線距離がこの値以下のコアエリアをリンクします。CORRIDOR_WIDTH（コスト × m）：正規化最小コスト回廊値 NLCC = CWD_A + CWD_B − LCD がこの値以下のセルが回廊になります（最小コスト経路上では 0）。

LINKS：各リンクの最小コスト経路。from_id、to_id、lcd（最小コスト距離）、euclid_m（縁から縁まで）、path_m、cwd_to_euclid、cwd_to_path（経路沿いの平均コスト）、通過する国（ISO3、経路順）、transboundary（1/0）、unprotected_m（PROTECTED 外の経路長）、rank（1 = cwd_to_euclid が最小、つまり最も連結性の高いリンク）を持ちます。CORRIDORS：NLCC のモザイク（リンク間の最小値）。CORRIDOR_WIDTH 以下の部分に値があり、それ以外は nodata です。GAPS：PROTECTED 外の回廊部分。リンクと国ごとに 1 つのポリゴンで、area_ha（正積）を持ちます。

DROP_THROUGH_CORES（既定でオン）：最小コスト経路が第三のコア地域を通るリンクは除外されます（そのコア地域へのリンクと重複するため）。除外したリンクはログに記載されます。

結果はラスター全体を探索した場合と同じです。各コア地域のコスト距離は一度だけ、その周囲のウィンドウで計算され、そのウィンドウがラスター全体と同じ答えを与えることを検査します（そうでなければより大きなウィンドウで再探索します）。実行に 4 GiB を超えるメモリが必要な場合は、開始前にメモリ推定値を示して実行を拒否します。</translation>
    </message>
    <message>
        <source>Drop links whose least-cost path runs through a third core</source>
        <translation>最小コスト経路が第三のコア地域を通るリンクを除外</translation>
    </message>
    <message>
        <source>Such a link is redundant with the links to that core (Linkage Mapper&apos;s default). Dropped links are listed in the log.</source>
        <translation>このようなリンクはそのコア地域へのリンクと重複します（Linkage Mapper の既定）。除外したリンクはログに記載されます。</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>The maximum link distance must be positive (got {value} m).</source>
        <translation>最大リンク距離は正の値でなければなりません（指定値 {value} m）。</translation>
    </message>
    <message>
        <source>The corridor width must be zero or positive (got {value}).</source>
        <translation>コリドー幅は 0 以上でなければなりません（指定値 {value}）。</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>ラスター「{name}」は回転しています。まず北が上のグリッドにワープしてください。</translation>
    </message>
    <message>
        <source>Core {names} of layer &apos;{layer}&apos; lies outside the resistance raster &apos;{raster}&apos;. Clip the cores to the raster or use a raster covering them.</source>
        <translation>レイヤー「{layer}」のコア地域 {names} は抵抗ラスター「{raster}」の外にあります。コア地域をラスターで切り抜くか、それらを覆うラスターを使用してください。</translation>
    </message>
    <message>
        <source>This run would need about {need} of memory (raster {rows} × {cols} cells, {windows} core windows), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE.</source>
        <translation>この実行には約 {need} のメモリが必要です（ラスター {rows} × {cols} セル、コア地域ウィンドウ {windows} 個）。予算 {budget} を超えています。より粗い抵抗ラスター（大きいセル）を使うか、調査地域で切り抜くか、MAX_DISTANCE を小さくしてください。</translation>
    </message>
    <message>
        <source>An exact cost distance from {name} needs a window of {cells} cells, more than the memory budget allows ({allowed} cells). Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE or CORRIDOR_WIDTH.</source>
        <translation>{name} からの正確なコスト距離には {cells} セルのウィンドウが必要で、メモリ予算が許す範囲（{allowed} セル）を超えています。より粗い抵抗ラスター（大きいセル）を使うか、調査地域で切り抜くか、MAX_DISTANCE または CORRIDOR_WIDTH を小さくしてください。</translation>
    </message>
    <message>
        <source>{table} line {line}: {reason}</source>
        <translation>{table} {line} 行目: {reason}</translation>
    </message>
    <message>
        <source>{table} feature {line}: {reason}</source>
        <translation>{table} 地物 {line}: {reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no station id field (looked for {fields}; fields: {present}).</source>
        <translation>レイヤ「{layer}」にステーション ID のフィールドがありません（{fields} を検索; フィールド: {present}）。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; must hold points (one per station).</source>
        <translation>レイヤ「{layer}」はポイントでなければなりません（ステーションごとに 1 つ）。</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a number ({value})</source>
        <translation>「{field}」が数値ではありません（{value}）</translation>
    </message>
    <message>
        <source>negative effort ({value} days)</source>
        <translation>努力量が負です（{value} 日）</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date ({value}); use YYYY-MM-DD</source>
        <translation>「{field}」が日付ではありません（{value}）。YYYY-MM-DD を使ってください</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is in the future ({value})</source>
        <translation>「{field}」が未来の日付です（{value}）</translation>
    </message>
    <message>
        <source>end date before start date</source>
        <translation>終了日が開始日より前です</translation>
    </message>
    <message>
        <source>no location (empty geometry)</source>
        <translation>位置がありません（空のジオメトリ）</translation>
    </message>
    <message>
        <source>no station id</source>
        <translation>ステーション ID がありません</translation>
    </message>
    <message>
        <source>station &apos;{station}&apos; is already placed elsewhere (line {line})</source>
        <translation>ステーション「{station}」は既に別の場所にあります（{line} 行目）</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has neither &apos;effort_days&apos; nor &apos;start&apos; and &apos;end&apos;: effort is 0 and cells with stations count as surveyed.</source>
        <translation>レイヤ「{layer}」には 'effort_days' も 'start' と 'end' もありません。努力量は 0 とし、ステーションのあるセルは調査済みとします。</translation>
    </message>
    <message>
        <source>{layer}: {count} station row(s) without effort (no &apos;effort_days&apos;, no start and end dates) count as surveyed with 0 days: lines {lines}.</source>
        <translation>{layer}: 努力量のないステーション {count} 行（'effort_days' も開始日・終了日もない）は 0 日の調査済みとして数えます: {lines} 行目。</translation>
    </message>
    <message>
        <source>{layer}: {count} station(s) lie outside every country polygon: {stations}. Check their coordinates (and CRS); their detections count in the grid, and in a country only through their &apos;country&apos; value.</source>
        <translation>{layer}: {count} 個のステーションがどの国のポリゴンにも入っていません: {stations}。座標（と座標系）を確認してください。その検出はグリッドには数えられ、国には 'country' の値によってのみ数えられます。</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;{field}&apos; column (columns: {present}).</source>
        <translation>表「{layer}」に '{field}' 列がありません（列: {present}）。</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;station&apos; column and no points: detections need a station or a location.</source>
        <translation>表「{layer}」には 'station' 列もポイントもありません。検出にはステーションか位置が必要です。</translation>
    </message>
    <message>
        <source>unknown station &apos;{station}&apos; (not in the stations layer, or left out there)</source>
        <translation>不明なステーション「{station}」（ステーションのレイヤにないか、そこで除外されました）</translation>
    </message>
    <message>
        <source>no station and no location</source>
        <translation>ステーションも位置もありません</translation>
    </message>
    <message>
        <source>no species</source>
        <translation>種がありません</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付がありません</translation>
    </message>
    <message>
        <source>date in the future ({value})</source>
        <translation>未来の日付（{value}）</translation>
    </message>
    <message>
        <source>duplicate of line {line}</source>
        <translation>{line} 行目の重複</translation>
    </message>
    <message>
        <source>{layer}: {count} detection(s) dated outside their station's start–end dates (kept; check the dates): lines {lines}.</source>
        <translation>{layer}: {count} 件の検出がステーションの開始–終了日の外の日付です（残しています。日付を確認してください）: {lines} 行目。</translation>
    </message>
    <message>
        <source>The cell size must be a positive number of metres (got {value}).</source>
        <translation>セルサイズは正のメートル数でなければなりません（{value} が指定されました）。</translation>
    </message>
    <message>
        <source>No station, detection point or habitat to build the grid on: give stations with locations, or an extent.</source>
        <translation>グリッドを作るステーション、検出ポイント、生息地がありません。位置のあるステーションか範囲を指定してください。</translation>
    </message>
    <message>
        <source>The grid would have {cells} cells of {size} m ({nx} × {ny}); the limit is {limit}. Use larger cells or a smaller extent.</source>
        <translation>グリッドは {size} m のセルが {cells} 個（{nx} × {ny}）になります。上限は {limit} です。セルを大きくするか範囲を小さくしてください。</translation>
    </message>
    <message>
        <source>Grid: {nx} × {ny} cells of {size} m in the common monitoring CRS (LAEA 45° N 120° E, origin 0, 0).</source>
        <translation>グリッド: 共通モニタリング座標系（LAEA 45° N 120° E、原点 0, 0）の {size} m セル {nx} × {ny} 個。</translation>
    </message>
    <message>
        <source>{count} station(s) lie outside the grid&apos;s extent and are left out of it: {stations}.</source>
        <translation>{count} 個のステーションがグリッドの範囲外にあり、除外しました: {stations}。</translation>
    </message>
    <message>
        <source>{count} detection(s) lie outside the grid&apos;s extent and are left out of it.</source>
        <translation>{count} 件の検出がグリッドの範囲外にあり、除外しました。</translation>
    </message>
    <message>
        <source>{count} row(s) left out (listed with their line numbers).</source>
        <translation>{count} 行を除外しました（行番号付きで一覧表示）。</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no coordinate reference system.</source>
        <translation>ラスタ「{layer}」に座標参照系がありません。</translation>
    </message>
    <message>
        <source>Raster '{layer}' has {count} cells with a negative conductance, e.g. row {row}, column {col} (value {value}). Conductances must be ≥ 0; set impassable cells to 0 or nodata.</source>
        <translation>ラスタ「{layer}」に負のコンダクタンスを持つセルが {count} 個あります（例: {row} 行 {col} 列、値 {value}）。コンダクタンスは 0 以上でなければなりません。通過できないセルは 0 または nodata にしてください。</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has {count} cells with zero or negative resistance, e.g. row {row}, column {col} (value {value}). Resistances must be &gt; 0; set impassable cells to nodata.</source>
        <translation>ラスタ「{layer}」に抵抗がゼロまたは負のセルが {count} 個あります（例: {row} 行 {col} 列、値 {value}）。抵抗は 0 より大きくなければなりません。通過できないセルは nodata にしてください。</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no cell that conducts: every cell is nodata (or has conductance 0).</source>
        <translation>ラスタ「{layer}」に電流を通すセルがありません。すべてのセルが nodata（またはコンダクタンス 0）です。</translation>
    </message>
    <message>
        <source>CONNECTIONS must be 4 or 8 (got {value}).</source>
        <translation>CONNECTIONS は 4 または 8 でなければなりません（指定値 {value}）。</translation>
    </message>
    <message>
        <source>AVERAGE must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>AVERAGE は「resistance」または「conductance」でなければなりません（指定値「{value}」）。</translation>
    </message>
    <message>
        <source>This circuit would need about {need} of memory ({nodes} nodes on a {rows} × {cols} grid), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or give a CORRIDORS raster to solve inside the corridors only.</source>
        <translation>この回路には約 {need} のメモリが必要です（{rows} × {cols} グリッド上の {nodes} ノード）。上限 {budget} を超えています。より粗い抵抗ラスタ（大きなセル）を使うか、調査地域で切り抜くか、CORRIDORS ラスタを指定して回廊内だけで解いてください。</translation>
    </message>
    <message>
        <source>The circuit for {pair} could not be solved accurately (backward error {residual}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances (e.g. at 10⁶ times the smallest) or set impassable cells to nodata, and run again.</source>
        <translation>{pair} の回路を正確に解けませんでした（後退誤差 {residual}）。抵抗の値の幅が倍精度で扱える範囲を超えています。最大の抵抗を制限する（例: 最小値の 10⁶ 倍まで）か、通過できないセルを nodata にして再実行してください。</translation>
    </message>
    <message>
        <source>The circuit for {pair} gave inconsistent results (resistance {resistance} but dissipated power {power}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances or set impassable cells to nodata, and run again.</source>
        <translation>{pair} の回路の結果が一致しません（抵抗 {resistance}、散逸電力 {power}）。抵抗の値の幅が倍精度で扱える範囲を超えています。最大の抵抗を制限するか、通過できないセルを nodata にして再実行してください。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each focal node.</source>
        <translation>レイヤ「{layer}」にフィールド「{field}」がありません。各焦点ノードを識別するフィールドを選んでください。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no fields &apos;from_id&apos; and &apos;to_id&apos;: give the LINKS output of the corridor tool.</source>
        <translation>レイヤ「{layer}」にフィールド「from_id」と「to_id」がありません。回廊ツールの LINKS 出力を指定してください。</translation>
    </message>
    <message>
        <source>RESISTANCE_IS must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>RESISTANCE_IS は「resistance」または「conductance」でなければなりません（指定値「{value}」）。</translation>
    </message>
    <message>
        <source>The pinch-point percentile must be from 0 to below 100 (got {value}).</source>
        <translation>ピンチポイントのパーセンタイルは 0 以上 100 未満でなければなりません（指定値 {value}）。</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>ラスタ「{layer}」は回転しています。まず北が上のグリッドに変換してください。</translation>
    </message>
    <message>
        <source>The corridor raster '{layer}' is not on the resistance raster's grid ({rows} × {cols} cells, same origin and cell size). Use the CORRIDORS output made from this resistance raster.</source>
        <translation>回廊ラスタ「{layer}」が抵抗ラスタのグリッド（{rows} × {cols} セル、同じ原点とセルサイズ）と一致しません。この抵抗ラスタから作った CORRIDORS 出力を使ってください。</translation>
    </message>
    <message>
        <source>The corridor raster &apos;{layer}&apos; has no corridor cell (every cell is nodata).</source>
        <translation>回廊ラスタ「{layer}」に回廊セルがありません（すべてのセルが nodata）。</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>ファイルが見つかりません: {path}</translation>
    </message>
    <message>
        <source>No {what} raster was given.</source>
        <translation>{what} のラスタが指定されていません。</translation>
    </message>
    <message>
        <source>Raster '{name}' has no coordinate reference system. Set it (Layer Properties ▸ Source) and run again.</source>
        <translation>ラスタ '{name}' に座標参照系がありません。設定してから（レイヤプロパティ ▸ ソース）もう一度実行してください。</translation>
    </message>
    <message>
        <source>Cannot build a mosaic of the tiles {names}: {error}</source>
        <translation>タイル {names} のモザイクを作成できません: {error}</translation>
    </message>
    <message>
        <source>Cannot reproject the tiles onto the analysis grid: {error}</source>
        <translation>タイルを解析グリッドに再投影できません: {error}</translation>
    </message>
    <message>
        <source>{what}: {pct} % of the extent has no tile, so no data there (output nodata): {where}.</source>
        <translation>{what}: 範囲の {pct} % にタイルがないため、そこにはデータがありません（出力は nodata）: {where}。</translation>
    </message>
    <message>
        <source>EXTENT must have xmax &gt; xmin and ymax &gt; ymin (got {extent}).</source>
        <translation>EXTENT は xmax &gt; xmin かつ ymax &gt; ymin でなければなりません（指定値 {extent}）。</translation>
    </message>
    <message>
        <source>TARGET_CRS &apos;{name}&apos; is not a projected CRS in metres; leave it empty for the equal-area CRS centred on the extent.</source>
        <translation>TARGET_CRS '{name}' はメートル単位の投影座標系ではありません。範囲の中心に置いた正積座標系を使うには空欄にしてください。</translation>
    </message>
    <message>
        <source>CELL_SIZE must be a positive number of metres (got {cell}).</source>
        <translation>CELL_SIZE はメートル単位の正の数でなければなりません（指定値 {cell}）。</translation>
    </message>
    <message>
        <source>The analysis grid would have {rows} × {cols} cells at {cell} m: too many. Use a larger CELL_SIZE or a smaller EXTENT.</source>
        <translation>{cell} m では解析グリッドが {rows} × {cols} セルになり、多すぎます。CELL_SIZE を大きくするか EXTENT を小さくしてください。</translation>
    </message>
    <message>
        <source>Land-cover tile &apos;{name}&apos; is stored as {type}: tiles must hold integer class codes (Byte, UInt16, Int16, Int32, like ESA WorldCover). Convert it with gdal_translate -ot Byte or Int32.</source>
        <translation>土地被覆タイル '{name}' は {type} で保存されています。タイルは整数のクラスコード（Byte、UInt16、Int16、Int32。ESA WorldCover と同様）でなければなりません。gdal_translate -ot Byte または Int32 で変換してください。</translation>
    </message>
    <message>
        <source>{n} land-cover tile(s) in another CRS than the others reprojected on the fly: {names}.</source>
        <translation>他と異なる座標系の土地被覆タイル {n} 枚をその場で再投影しました: {names}。</translation>
    </message>
    <message>
        <source>AGGREGATE must be one of {allowed} (got &apos;{value}&apos;).</source>
        <translation>AGGREGATE は {allowed} のいずれかでなければなりません（指定値 '{value}'）。</translation>
    </message>
    <message>
        <source>The extent does not overlap any land-cover tile ({names}).</source>
        <translation>範囲がどの土地被覆タイルとも重なりません（{names}）。</translation>
    </message>
    <message>
        <source>Analysis grid: {rows} × {cols} cells of {cell} m in {crs}, from {n} land-cover tile(s), aggregate '{aggregate}'.</source>
        <translation>解析グリッド: {crs} で {cell} m のセル {rows} × {cols}、土地被覆タイル {n} 枚から、集約 '{aggregate}'。</translation>
    </message>
    <message>
        <source>DEM: {n} tile(s) reprojected onto the analysis grid ({method} resampling); slope and ruggedness in metres at {cell} m.</source>
        <translation>DEM: タイル {n} 枚を解析グリッドに再投影しました（{method} リサンプリング）。傾斜と起伏度は {cell} m でメートル単位で計算します。</translation>
    </message>
    <message>
        <source>{n} cell(s) impassable because most of their fine cells are of impassable classes.</source>
        <translation>{n} セルは、細かいセルの大半が通行不能クラスのため通行不能です。</translation>
    </message>
    <message>
        <source>Folder &apos;{folder}&apos; holds no raster tiles (.tif, .tiff, .vrt, .img, .hgt, .jp2) for {what}.</source>
        <translation>フォルダ '{folder}' に {what} 用のラスタタイル（.tif、.tiff、.vrt、.img、.hgt、.jp2）がありません。</translation>
    </message>
    <message>
        <source>Tiles to add for {what} (none exists where the gap is open sea): {names}.</source>
        <translation>{what} に追加するタイル（欠けている部分が外洋ならタイルはありません）: {names}。</translation>
    </message>
    <message>
        <source>Memory budget: about {mb} MB (GDAL block cache {cache} MB, warp buffers {warp} MB, blocks of {rows} rows × {cols} columns {block} MB, the rest {base} MB); it does not grow with the size of the tiles.</source>
        <translation>メモリ予算: 約 {mb} MB（GDAL ブロックキャッシュ {cache} MB、再投影バッファ {warp} MB、{rows} 行 × {cols} 列のブロック {block} MB、その他 {base} MB）。タイルの大きさによって増えません。</translation>
    </message>
    <message>
        <source>The median dispersal distance must be more than 0 m (got {value}).</source>
        <translation>分散距離の中央値は 0 m より大きくしてください（指定値 {value}）。</translation>
    </message>
    <message>
        <source>The probability at the median distance must lie between 0 and 1, both excluded (got {value}).</source>
        <translation>中央値距離での確率は 0 と 1 の間（両端を除く）にしてください（指定値 {value}）。</translation>
    </message>
    <message>
        <source>The minimum probability must lie between 0 (no cut-off) and 1 (got {value}).</source>
        <translation>最小確率は 0（打ち切りなし）と 1 の間にしてください（指定値 {value}）。</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' must hold a number ≥ 0 for every patch; patch '{patch}' has '{value}' ({count} such patches). Fill or fix the field, or leave ATTRIBUTE empty to use the patch area.</source>
        <translation>レイヤー '{layer}'：フィールド '{field}' にはすべてのパッチで 0 以上の数値が必要です。パッチ '{patch}' の値は '{value}' です（該当 {count} 件）。フィールドを埋めるか直すか、パッチ面積を使うには ATTRIBUTE を空にしてください。</translation>
    </message>
    <message>
        <source>The IIC link distance must be 0 m or more (got {value}).</source>
        <translation>IIC のリンク距離は 0 m 以上にしてください（指定値 {value}）。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>レイヤ「{layer}」にフィールド「{field}」がありません。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} patch(es) have no value in &apos;{field}&apos;. Give every patch an id.</source>
        <translation>レイヤー '{layer}'：{count} 件のパッチに '{field}' の値がありません。すべてのパッチに ID を付けてください。</translation>
    </message>
    <message>
        <source>The transboundary distance must be 0 m or more (got {value}).</source>
        <translation>越境距離は 0 m 以上にしてください（指定値 {value}）。</translation>
    </message>
    <message>
        <source>Country code(s) {codes} are not in layer &apos;{layer}&apos; (field &apos;{field}&apos;). Use codes of that field, e.g. {example}.</source>
        <translation>国コード {codes} はレイヤー '{layer}'（フィールド '{field}'）にありません。そのフィールドのコードを使ってください（例：{example}）。</translation>
    </message>
    <message>
        <source>Layer '{layer}' has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>レイヤ「{layer}」に座標参照系がありません。QGIS で設定して（レイヤプロパティ ▸ ソース）もう一度実行してください。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has an unreadable coordinate reference system: {error}</source>
        <translation>レイヤ「{layer}」の座標参照系を読み取れません: {error}</translation>
    </message>
    <message>
        <source>Raster '{raster}' is in a geographic CRS ({crs}): cell sizes are in degrees, not metres. Reproject it to a projected CRS in metres first (Raster ▸ Projections ▸ Warp), e.g. a Lambert azimuthal equal-area or UTM CRS.</source>
        <translation>ラスタ「{raster}」は地理座標系（{crs}）です。セルサイズがメートルではなく度単位です。先にメートル単位の投影座標系に再投影してください（ラスタ ▸ 投影法 ▸ 変換）。例: ランベルト正積方位図法や UTM。</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; uses &apos;{unit}&apos; as its unit; reproject it to a CRS in metres.</source>
        <translation>ラスタ「{raster}」の単位は「{unit}」です。メートル単位の座標系に再投影してください。</translation>
    </message>
    <message>
        <source>No country code field found (looked for {candidates}; fields: {fields}). Choose the field holding ISO 3166 alpha-3 codes.</source>
        <translation>国コードのフィールドが見つかりません（探した名前: {candidates}、フィールド: {fields}）。ISO 3166 の3文字コードを持つフィールドを選んでください。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;; fields: {fields}.</source>
        <translation>レイヤ「{layer}」にフィールド「{field}」がありません。フィールド: {fields}。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {error}</source>
        <translation>レイヤ「{layer}」: {error}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is not a WDPA file: it has neither WDPAID (legacy WDPA) nor SITE_ID with SITE_TYPE/REALM/PRNT_ISO3 (WDPCA). Pick the Protected Planet download, or a layer with those fields.</source>
        <translation>レイヤ「{layer}」は WDPA ファイルではありません: WDPAID（従来の WDPA）も、SITE_TYPE/REALM/PRNT_ISO3 を伴う SITE_ID（WDPCA）もありません。Protected Planet からのダウンロードか、これらのフィールドを持つレイヤを選んでください。</translation>
    </message>
    <message>
        <source>Layer '{layer}' has points but no REP_AREA field (reported area, km²) to draw them as circles.</source>
        <translation>レイヤ「{layer}」にはポイントがありますが、円として描くための REP_AREA フィールド（報告面積、km²）がありません。</translation>
    </message>
    <message>
        <source>Layer '{layer}' holds points (a WDPA point file: {count} sites have no boundary). Use the WDPA polygon file, or tick the option to draw each point as a circle of its reported area (REP_AREA) — an approximation, flagged in the output.</source>
        <translation>レイヤ「{layer}」はポイントを含みます（WDPA ポイントファイル: {count} か所に境界がありません）。WDPA ポリゴンファイルを使うか、各ポイントを報告面積（REP_AREA）の円として描くオプションを選んでください。これは近似であり、出力に明記されます。</translation>
    </message>
    <message>
        <source>{field} codes {wrong} do not exist; valid codes: {valid}</source>
        <translation>{field} コード {wrong} は存在しません。有効なコード: {valid}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no PRESENCE, ORIGIN or SEASONAL field: is it an IUCN Red List or BirdLife range map?</source>
        <translation>レイヤ「{layer}」に PRESENCE、ORIGIN、SEASONAL フィールドがありません。IUCN レッドリストか BirdLife の分布図ですか？</translation>
    </message>
    <message>
        <source>Unknown legend &apos;{legend}&apos; (no {file} in resources/legends).</source>
        <translation>不明な凡例「{legend}」（resources/legends に {file} がありません）。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos; has neither a &apos;cost&apos; nor a &apos;type&apos; field. Add a numeric &apos;cost&apos; (the new cost of the cells it covers) or a &apos;type&apos; (crossing, restoration or barrier).</source>
        <translation>代替案レイヤ「{layer}」には「cost」フィールドも「type」フィールドもありません。数値の「cost」（覆うセルの新しいコスト）か「type」（crossing、restoration、barrier）を追加してください。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: unknown type &apos;{kind}&apos;. Use crossing, restoration or barrier (or give a numeric &apos;cost&apos;).</source>
        <translation>代替案レイヤ「{layer}」、地物 {feature}: 不明な種類「{kind}」。crossing、restoration、barrier のいずれかを使うか、数値の「cost」を指定してください。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost &apos;{cost}&apos; is not a number (or &apos;impassable&apos;).</source>
        <translation>代替案レイヤ「{layer}」、地物 {feature}: コスト「{cost}」は数値ではありません（「impassable」でもありません）。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost {cost:g} must be &gt; 0; use &apos;impassable&apos; for a barrier.</source>
        <translation>代替案レイヤ「{layer}」、地物 {feature}: コスト {cost:g} は 0 より大きくなければなりません。障壁には「impassable」を使ってください。</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature} has neither a cost nor a type.</source>
        <translation>代替案レイヤ「{layer}」の地物 {feature} にはコストも種類もありません。</translation>
    </message>
    <message>
        <source>Option &apos;{option}&apos; has neither a raster nor a layer.</source>
        <translation>代替案「{option}」にはラスタもレイヤもありません。</translation>
    </message>
    <message>
        <source>Give at least one option (a resistance raster or a layer of crossings, restorations or barriers).</source>
        <translation>代替案を少なくとも1つ指定してください（抵抗ラスタ、または横断路・復元・障壁のレイヤ）。</translation>
    </message>
    <message>
        <source>Option names must be unique and not &apos;{baseline}&apos;: {names}. Rename the layers.</source>
        <translation>代替案の名前は重複せず、「{baseline}」以外でなければなりません: {names}。レイヤの名前を変えてください。</translation>
    </message>
    <message>
        <source>Layer '{layer}' ({role}) holds points, but polygons are needed. Protected Planet publishes sites without a boundary as points with a reported area (REP_AREA, km²): buffer them to circles of that area first (radius = sqrt(REP_AREA × 1,000,000 / π) metres, in a projected CRS): tick 'Draw WDPA points as circles of their reported area (REP_AREA)' of this tool, or use Vector ▸ Geoprocessing ▸ Buffer.</source>
        <translation>レイヤ「{layer}」（{role}）はポイントを含みますが、ポリゴンが必要です。Protected Planet は境界のない保護地域を報告面積（REP_AREA、km²）付きのポイントとして公開しています。先にその面積の円にバッファしてください（半径 = sqrt(REP_AREA × 1,000,000 / π) メートル、投影座標系で）。このツールの「WDPA ポイントを報告面積（REP_AREA）の円として描く」を選ぶか、ベクタ ▸ ジオプロセシング ▸ バッファを使ってください。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds points, but polygons are needed.</source>
        <translation>レイヤ「{layer}」（{role}）はポイントを含みますが、ポリゴンが必要です。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds no polygons (lines or other geometries); choose a polygon layer.</source>
        <translation>レイヤ「{layer}」（{role}）にポリゴンがありません（ラインなどのジオメトリ）。ポリゴンレイヤを選んでください。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no {field} field for the breakdown; choose another breakdown or add the field.</source>
        <translation>レイヤ「{layer}」に内訳用の {field} フィールドがありません。別の内訳を選ぶか、フィールドを追加してください。</translation>
    </message>
    <message>
        <source>Raster '{raster}' has no coordinate reference system. Assign one (Raster ▸ Projections ▸ Assign Projection) and run again.</source>
        <translation>ラスタ「{raster}」に座標参照系がありません。指定して（ラスタ ▸ 投影法 ▸ 投影法の指定）もう一度実行してください。</translation>
    </message>
    <message>
        <source>Cannot warp raster &apos;{raster}&apos; to the equal-area grid: {error}</source>
        <translation>ラスタ「{raster}」を正積グリッドに変換できません: {error}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; holds fractional values (a suitability surface?): set &apos;Suitability threshold&apos; so that cells at or above it count as habitat.</source>
        <translation>ラスタ「{raster}」に小数値があります（適合度の面？）。それ以上のセルが生息地に数えられるよう「適合度のしきい値」を設定してください。</translation>
    </message>
    <message>
        <source>REGULARLY must be one of {rules}, not &apos;{value}&apos;.</source>
        <translation>REGULARLY は {rules} のいずれかでなければなりません。「{value}」は使えません。</translation>
    </message>
    <message>
        <source>{parameter} must be a distance of 0 metres or more (got {value}).</source>
        <translation>{parameter} は 0 メートル以上の距離でなければなりません（指定値 {value}）。</translation>
    </message>
    <message>
        <source>The minimum number of seasons must be at least 1.</source>
        <translation>最小の季節数は 1 以上でなければなりません。</translation>
    </message>
    <message>
        <source>Table {table} has no column {wanted} (columns: {columns}).</source>
        <translation>表 {table} に列 {wanted} がありません（列: {columns}）。</translation>
    </message>
    <message>
        <source>Table {table} needs a &apos;threshold_1pct&apos; or an &apos;estimate&apos; column (columns: {columns}).</source>
        <translation>表 {table} には「threshold_1pct」または「estimate」の列が必要です（列: {columns}）。</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has {geometry} geometries; polygons are needed. Buffer points by their reported area first (e.g. Vector ▸ Geoprocessing ▸ Buffer).</source>
        <translation>レイヤ {role}（「{layer}」）のジオメトリは {geometry} です。ポリゴンが必要です。先にポイントを報告面積でバッファしてください（例: ベクタ ▸ ジオプロセシング ▸ バッファ）。</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>レイヤ {role}（「{layer}」）に座標参照系がありません。QGIS で設定して（レイヤプロパティ ▸ ソース）もう一度実行してください。</translation>
    </message>
    <message>
        <source>Layer WETLANDS (&apos;{layer}&apos;) has no site field &apos;{field}&apos; (fields: {fields}). Choose it in SITE_FIELD.</source>
        <translation>レイヤ WETLANDS（「{layer}」）にサイトのフィールド「{field}」がありません（フィールド: {fields}）。SITE_FIELD で選んでください。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a raster: it may be corrupt or truncated ({error}).</source>
        <translation>「{path}」をラスタとして開けません。ファイルが壊れているか途中で切れている可能性があります（{error}）。</translation>
    </message>
    <message>
        <source>Cannot read raster &apos;{path}&apos;: {error}</source>
        <translation>ラスタ「{path}」を読み取れません: {error}</translation>
    </message>
    <message>
        <source>Output folder is missing or not writable: {folder}</source>
        <translation>出力フォルダがないか、書き込めません: {folder}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>ラスタ「{raster}」に座標参照系がありません。設定してもう一度実行してください。</translation>
    </message>
    <message>
        <source>Cannot resample &apos;{raster}&apos; onto the grid: {error}</source>
        <translation>「{raster}」をグリッドにリサンプリングできません: {error}</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}</source>
        <translation>{path} を作成できません: {error}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a vector file: it may be corrupt or truncated ({error}).</source>
        <translation>「{path}」をベクタファイルとして開けません。ファイルが壊れているか途中で切れている可能性があります（{error}）。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; not found in &apos;{path}&apos;.</source>
        <translation>「{path}」にレイヤ「{layer}」が見つかりません。</translation>
    </message>
    <message>
        <source>Unsupported output format &apos;{suffix}&apos; for {path}; use .gpkg, .shp, .geojson or .kml.</source>
        <translation>{path} の出力形式「{suffix}」には対応していません。.gpkg、.shp、.geojson、.kml を使ってください。</translation>
    </message>
    <message>
        <source>Output folder does not exist: {folder}</source>
        <translation>出力フォルダがありません: {folder}</translation>
    </message>
    <message>
        <source>Output folder is not writable: {folder}</source>
        <translation>出力フォルダに書き込めません: {folder}</translation>
    </message>
    <message>
        <source>Cannot create layer &apos;{layer}&apos; in {path}: {error}</source>
        <translation>{path} にレイヤ「{layer}」を作成できません: {error}</translation>
    </message>
    <message>
        <source>Cannot create field &apos;{field}&apos; in {path}.</source>
        <translation>{path} にフィールド「{field}」を作成できません。</translation>
    </message>
    <message>
        <source>Writing {file} failed: {written} of {count} features written.</source>
        <translation>{file} の書き込みに失敗しました: {count} 地物のうち {written} だけ書き込みました。</translation>
    </message>
    <message>
        <source>{error} ({parameter})</source>
        <translation>{error}（{parameter}）</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each core area.</source>
        <translation>レイヤ「{layer}」にフィールド「{field}」がありません。各コアエリアを識別するフィールドを選んでください。</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies outside the resistance raster. Clip the cores to the raster&apos;s extent or use a larger raster.</source>
        <translation>コアエリア「{core}」は抵抗ラスタの外にあります。コアエリアをラスタの範囲で切り抜くか、より大きなラスタを使ってください。</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies only on nodata (impassable) cells of the resistance raster. Give its cells a cost or move the core.</source>
        <translation>コアエリア「{core}」は抵抗ラスタの nodata（通行不能）セルの上にしかありません。そのセルにコストを与えるか、コアエリアを移動してください。</translation>
    </message>
    <message>
        <source>Raster '{name}' has {count} cells with zero or negative cost, e.g. row {row}, column {column} (x={x:.1f}, y={y:.1f}) with value {value:g}. Costs must be &gt; 0 (normally ≥ 1); set impassable cells to nodata instead.</source>
        <translation>ラスタ「{name}」にコストがゼロまたは負のセルが {count} 個あります（例: {row} 行 {column} 列、x={x:.1f}、y={y:.1f}、値 {value:g}）。コストは 0 より大きく（通常は 1 以上）なければなりません。通過できないセルは代わりに nodata にしてください。</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no valid cells: every cell is nodata.</source>
        <translation>ラスタ「{name}」に有効なセルがありません。すべてのセルが nodata です。</translation>
    </message>
    <message>
        <source>{what} &apos;{path}&apos; not found.</source>
        <translation>{what}「{path}」が見つかりません。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; is not a text CSV file (binary content); save it as CSV (comma separated, UTF-8) with the columns class,cost.</source>
        <translation>{what}「{file}」はテキストの CSV ファイルではありません（バイナリの内容）。class,cost 列を持つ CSV（カンマ区切り、UTF-8）として保存してください。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; cannot be read as text; save it as UTF-8 CSV.</source>
        <translation>{what}「{file}」をテキストとして読み込めません。UTF-8 の CSV として保存してください。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has no rows; it needs the columns class,cost.</source>
        <translation>{what}「{file}」に行がありません。class,cost 列が必要です。</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost '{text}' is not a number. Write a number ≥ 1, or 'impassable' for a class that cannot be crossed.</source>
        <translation>{what}「{file}」、{line} 行目: コスト「{text}」は数値ではありません。1 以上の数値か、通過できないクラスには 'impassable' を書いてください。</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost {text} is below 1. Costs are resistances ≥ 1 (1 = easiest to cross); rescale the table, e.g. R' = 1 + (R − Rmin)·999/(Rmax − Rmin).</source>
        <translation>{what}「{file}」、{line} 行目: コスト {text} が 1 未満です。コストは 1 以上の抵抗です（1 = 最も通過しやすい）。表をスケールし直してください（例: R' = 1 + (R − Rmin)·999/(Rmax − Rmin)）。</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>コスト表</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: the header must name the columns &apos;class&apos; and &apos;cost&apos; (found: {found}).</source>
        <translation>{what}「{file}」、{line} 行目: ヘッダには 'class' と 'cost' の列名が必要です（見つかった列: {found}）。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: expected at least the columns class,cost; found &apos;{found}&apos;.</source>
        <translation>{what}「{file}」、{line} 行目: 少なくとも class,cost の列が必要です。見つかった値:「{found}」。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class &apos;{value}&apos; is not an integer class code.</source>
        <translation>{what}「{file}」、{line} 行目: クラス「{value}」は整数のクラスコードではありません。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class {cls} is already given on line {first}; keep one row per class.</source>
        <translation>{what}「{file}」、{line} 行目: クラス {cls} はすでに {first} 行目にあります。クラスごとに 1 行にしてください。</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has a header but no rows.</source>
        <translation>{what}「{file}」にはヘッダがありますが、行がありません。</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles} (custom needs a TABLE).</source>
        <translation>不明な種プロファイル「{profile}」です。次のいずれかを使ってください: {profiles}（custom には TABLE が必要）。</translation>
    </message>
    <message>
        <source>Barrier table</source>
        <translation>障壁表</translation>
    </message>
    <message>
        <source>The land-cover raster has non-integer values (e.g. {value} at block row {row}, column {column}): it must hold integer class codes.</source>
        <translation>土地被覆ラスタに整数でない値があります（例: ブロックの {row} 行 {column} 列に {value}）。整数のクラスコードでなければなりません。</translation>
    </message>
    <message>
        <source>DEM &apos;{name}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>DEM「{name}」に座標参照系がありません。設定してもう一度実行してください。</translation>
    </message>
    <message>
        <source>Cannot read DEM &apos;{name}&apos;: it may be corrupt or truncated ({reason}).</source>
        <translation>DEM「{name}」を読み込めません。ファイルが壊れているか途中で切れている可能性があります（{reason}）。</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has values that are not numbers in {count} feature(s): {examples}. Write a cost ≥ 1, 'impassable', or leave it empty.</source>
        <translation>レイヤ「{layer}」: フィールド「{field}」に数値でない値を持つ地物が {count} 個あります: {examples}。1 以上のコスト、'impassable' を書くか、空のままにしてください。</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has costs below 1 in {count} feature(s): {examples}. Barrier costs are resistances ≥ 1.</source>
        <translation>レイヤ「{layer}」: フィールド「{field}」にコストが 1 未満の地物が {count} 個あります: {examples}。障壁のコストは 1 以上の抵抗です。</translation>
    </message>
    <message>
        <source>none for the custom profile</source>
        <translation>カスタムプロファイルにはありません</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} line(s) have a type with no barrier cost for profile &apos;{profile}&apos;: {listing}. Known types: {known}. Add a numeric &apos;{field}&apos; field, remove those lines (e.g. minor roads), or set BARRIER_COST.</source>
        <translation>レイヤ「{layer}」: {count} 本のラインの種類に、プロファイル「{profile}」の障壁コストがありません: {listing}。既知の種類: {known}。数値の「{field}」フィールドを追加するか、それらのライン（例: 小道）を削除するか、BARRIER_COST を設定してください。</translation>
    </message>
    <message>
        <source>The default barrier cost must be ≥ 1 (got {cost:g}).</source>
        <translation>既定の障壁コストは 1 以上でなければなりません（指定値 {cost:g}）。</translation>
    </message>
    <message>
        <source>Barrier width must be a positive number of metres (got {width}).</source>
        <translation>障壁の幅は正のメートル数でなければなりません（指定値 {width}）。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; holds points (e.g. feature {feature}); barriers must be lines (roads, railways, fences).</source>
        <translation>レイヤ「{layer}」にポイントがあります（例: 地物 {feature}）。障壁はライン（道路、鉄道、フェンス）でなければなりません。</translation>
    </message>
    <message>
        <source>Cannot read '{name}' at rows {first}–{last}: the file may be corrupt or truncated ({reason}).</source>
        <translation>「{name}」の {first}–{last} 行を読み込めません。ファイルが壊れているか途中で切れている可能性があります（{reason}）。</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles}.</source>
        <translation>不明な種プロファイル「{profile}」です。次のいずれかを使ってください: {profiles}。</translation>
    </message>
    <message>
        <source>The custom profile needs a TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'). Start from a copy of a bundled profile.</source>
        <translation>カスタムプロファイルには TABLE が必要です: class,cost 列を持つ CSV ファイル（コスト ≥ 1、または 'impassable'）。同梱のプロファイルのコピーから始めてください。</translation>
    </message>
    <message>
        <source>Land cover &apos;{name}&apos; has classes missing from the cost table &apos;{table}&apos;: {listing}. Add a row &apos;class,cost&apos; for each to a copy of the table and give it as TABLE, or choose to treat unknown classes as impassable.</source>
        <translation>土地被覆「{name}」に、コスト表「{table}」にないクラスがあります: {listing}。表のコピーにクラスごとに 'class,cost' の行を追加して TABLE として指定するか、不明なクラスを通行不能として扱うよう選んでください。</translation>
    </message>
    <message>
        <source>Layer {layer} has no field &apos;{field}&apos;: use the output of &apos;Ramsar candidates (transboundary)&apos; (neaspec:ramsar_candidates).</source>
        <translation>レイヤ {layer} にフィールド「{field}」がありません。「ラムサール条約湿地候補地（越境）」（neaspec:ramsar_candidates）の出力を使ってください。</translation>
    </message>
    <message>
        <source>Choose a candidate id in CANDIDATE (available: {available}).</source>
        <translation>CANDIDATE で候補地 ID を選んでください（選択可能: {available}）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; is not in layer {layer} (available: {available}).</source>
        <translation>候補地「{candidate}」はレイヤ {layer} にありません（選択可能: {available}）。</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; has {count} components without geometry in {layer}.</source>
        <translation>候補地「{candidate}」の構成部分のうち {count} 個は {layer} でジオメトリがありません。</translation>
    </message>
    <message>
        <source>Cannot create the output folder {folder}: {reason}</source>
        <translation>出力フォルダ {folder} を作成できません: {reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: QGIS cannot open {source}</source>
        <translation>レイヤ「{layer}」: QGIS は {source} を開けません</translation>
    </message>
    <message>
        <source>{layer}: {skipped} features without geometry or &apos;{focal_id}&apos; skipped.</source>
        <translation>{layer}: ジオメトリまたは「{focal_id}」のない地物 {skipped} 件をスキップしました。</translation>
    </message>
    <message>
        <source>Focal node '{node}' lies outside the raster: its pairs get −1.</source>
        <translation>焦点ノード「{node}」はラスタの範囲外にあります。そのペアは −1 になります。</translation>
    </message>
    <message>
        <source>Pinch points: {cells} cells in {parts} link × country parts.</source>
        <translation>ピンチポイント: リンク × 国の部分 {parts} 個に {cells} セル。</translation>
    </message>
    <message>
        <source>{layer}: {unknown} links whose cores are not among the focal nodes skipped.</source>
        <translation>{layer}: コアエリアが焦点ノードに含まれないリンク {unknown} 本をスキップしました。</translation>
    </message>
    <message>
        <source>Fewer than two focal nodes in &apos;{layer}&apos;: nothing to solve.</source>
        <translation>「{layer}」の焦点ノードが 2 つ未満です。解くものがありません。</translation>
    </message>
    <message>
        <source>Focal node '{ident}' lies only on nodata cells: its pairs get −1.</source>
        <translation>焦点ノード「{ident}」は nodata セル上にしかありません。そのペアは −1 になります。</translation>
    </message>
    <message>
        <source>{skipped} pairs farther apart than {max_distance:g} m not solved.</source>
        <translation>{max_distance:g} m より離れたペア {skipped} 組は解きませんでした。</translation>
    </message>
    <message>
        <source>{nodes} focal nodes, {pairs} pairs; grid {rows} × {cols}, {graph} nodes.</source>
        <translation>焦点ノード {nodes} 個、ペア {pairs} 組。グリッド {rows} × {cols}、ノード {graph} 個。</translation>
    </message>
    <message>
        <source>No CORRIDORS raster given: pinch points are computed inside corridors only.</source>
        <translation>CORRIDORS ラスタが指定されていません。ピンチポイントは回廊内でのみ計算されます。</translation>
    </message>
    <message>
        <source>{count} pairs not connected (resistance −1): {names}.</source>
        <translation>連結していないペア {count} 組（抵抗 −1）: {names}。</translation>
    </message>
    <message>
        <source>{count} pairs of cores joined by a corridor.</source>
        <translation>回廊で結ばれたコアエリアのペア {count} 組。</translation>
    </message>
    <message>
        <source>No corridor joins '{a}' and '{b}': resistance −1.</source>
        <translation>「{a}」と「{b}」を結ぶ回廊がありません。抵抗は −1 です。</translation>
    </message>
    <message>
        <source>Link {label}: the corridor cells beside its path do not join its cores; solved in all the corridor pieces joining them.</source>
        <translation>リンク {label}: 経路沿いの回廊セルがそのコアエリア同士を結んでいません。それらを結ぶすべての回廊部分で解きました。</translation>
    </message>
    <message>
        <source>{layer}: distances and areas in {crs} (metres, equal-area).</source>
        <translation>{layer}: 距離と面積は {crs}（メートル、正積）で計算します。</translation>
    </message>
    <message>
        <source>{layer}: {count} features share a patch id with another and were merged into one node each.</source>
        <translation>{layer}: 他の地物とパッチ ID が同じ地物 {count} 件を、それぞれ 1 つのノードに統合しました。</translation>
    </message>
    <message>
        <source>{layer}: no patch with a measurable geometry; the outputs are empty.</source>
        <translation>{layer}: 計測可能なジオメトリを持つパッチがありません。出力は空です。</translation>
    </message>
    <message>
        <source>{layer}: a single patch; PC is its own a² / A_L², and there are no links.</source>
        <translation>{layer}: パッチが 1 つだけです。PC はそのパッチ自身の a² / A_L² で、リンクはありません。</translation>
    </message>
    <message>
        <source>{pairs} pairs within reach for PC (p ≥ {p:g}, d ≤ {pc_reach:,.0f} m); {links} IIC links (d ≤ {iic_distance:,.0f} m).</source>
        <translation>PC の到達範囲内のペア {pairs} 組（p ≥ {p:g}、d ≤ {pc_reach:,.0f} m）、IIC のリンク {links} 本（d ≤ {iic_distance:,.0f} m）。</translation>
    </message>
    <message>
        <source>No pair of patches within reach: every patch is isolated (PC = intra-patch only).</source>
        <translation>到達範囲内にあるパッチのペアがありません。すべてのパッチが孤立しています（PC はパッチ内のみ）。</translation>
    </message>
    <message>
        <source>{layer}: {count} features without geometry skipped.</source>
        <translation>{layer}: ジオメトリのない地物 {count} 件をスキップしました。</translation>
    </message>
    <message>
        <source>{layer}: {count} features without a &apos;{core_id}&apos; value skipped.</source>
        <translation>{layer}: 「{core_id}」の値がない地物 {count} 件をスキップしました。</translation>
    </message>
    <message>
        <source>{layer}: {count} invalid geometries repaired (make_valid).</source>
        <translation>{layer}: 無効なジオメトリ {count} 件を修復しました（make_valid）。</translation>
    </message>
    <message>
        <source>Fewer than two cores in &apos;{layer}&apos;: no links.</source>
        <translation>「{layer}」のコアエリアが 2 つ未満です。リンクはありません。</translation>
    </message>
    <message>
        <source>No pair of cores lies within {max_distance:g} m: no links.</source>
        <translation>{max_distance:g} m 以内にあるコアエリアのペアがありません。リンクはありません。</translation>
    </message>
    <message>
        <source>{cores} cores, {links} links; estimated memory {memory} (up to {whole} if a search must cover the whole raster).</source>
        <translation>コアエリア {cores} 個、リンク {links} 本。推定メモリ {memory}（探索がラスタ全体に及ぶ場合は最大 {whole}）。</translation>
    </message>
    <message>
        <source>Core '{core}': cheaper routes may leave its first window; searched again in {rows} × {cols} cells.</source>
        <translation>コアエリア「{core}」: より低コストの経路が最初のウィンドウの外に出る可能性があるため、{rows} × {cols} セルで再探索しました。</translation>
    </message>
    <message>
        <source>Link {a}-{b} dropped: its least-cost path runs through core &apos;{through}&apos; (DROP_THROUGH_CORES).</source>
        <translation>リンク {a}-{b} を除外しました。最小コスト経路がコアエリア「{through}」を通過します（DROP_THROUGH_CORES）。</translation>
    </message>
    <message>
        <source>Cores &apos;{a}&apos; and &apos;{b}&apos; are not connected through passable cells: the link has no least-cost path.</source>
        <translation>コアエリア「{a}」と「{b}」は通行可能なセルでつながっていません。このリンクには最小コスト経路がありません。</translation>
    </message>
    <message>
        <source>No protected areas given: the whole corridor area is reported as gaps.</source>
        <translation>保護地域が指定されていません。回廊の全域を保護ギャップとして報告します。</translation>
    </message>
    <message>
        <source>Corridor gaps: {cells} cells, {parts} link × country parts.</source>
        <translation>回廊の保護ギャップ: {cells} セル、リンク × 国の部分 {parts} 個。</translation>
    </message>
    <message>
        <source>{stations} stations and {detections} detections kept; {rejected} rows left out.</source>
        <translation>ステーション {stations} 個と検出 {detections} 件を残し、{rejected} 行を除外しました。</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: no &apos;cost&apos; or &apos;type&apos; field; every feature is taken as a {kind} (from the layer&apos;s name).</source>
        <translation>代替案「{layer}」: 'cost' フィールドも 'type' フィールドもありません。すべての地物を（レイヤ名から）{kind} として扱います。</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: raster resampled onto the baseline grid (nearest neighbour).</source>
        <translation>代替案「{layer}」: ラスタをベースラインのグリッドにリサンプリングしました（最近傍法）。</translation>
    </message>
    <message>
        <source>Baseline &apos;{layer}&apos;.</source>
        <translation>ベースライン「{layer}」。</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;.</source>
        <translation>代替案「{layer}」。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons: the outputs are empty.</source>
        <translation>レイヤ「{layer}」に使用できるポリゴンがありません。出力は空です。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons near the habitat: all habitat is gap.</source>
        <translation>レイヤ「{layer}」には生息地の近くに使用できるポリゴンがありません。生息地はすべて保護ギャップです。</translation>
    </message>
    <message>
        <source>No habitat lies inside any protected area: OUTPUT is empty, all habitat is gap.</source>
        <translation>どの保護地域の内部にも生息地がありません。OUTPUT は空で、生息地はすべて保護ギャップです。</translation>
    </message>
    <message>
        <source>{layer}: no id field (WDPAID, SITE_ID…); pa_ids are feature numbers from 1.</source>
        <translation>{layer}: ID フィールド（WDPAID、SITE_ID…）がありません。pa_id には 1 から始まる地物番号を使います。</translation>
    </message>
    <message>
        <source>{layer}: country codes from field &apos;{used}&apos;.</source>
        <translation>{layer}: 国コードはフィールド「{used}」から取得します。</translation>
    </message>
    <message>
        <source>{layer}: {count} protected areas far from the habitat left out.</source>
        <translation>{layer}: 生息地から遠い保護地域 {count} 件を除外しました。</translation>
    </message>
    <message>
        <source>Analysis CRS (equal-area, metres): {crs}</source>
        <translation>解析座標系（正積、メートル）: {crs}</translation>
    </message>
    <message>
        <source>{name}: reprojected from {crs} to the analysis CRS.</source>
        <translation>{name}: {crs} から解析座標系に再投影しました。</translation>
    </message>
    <message>
        <source>No polygon of &apos;{layer}&apos; overlaps the habitat: country is left empty.</source>
        <translation>「{layer}」のどのポリゴンも生息地と重なりません。国は空欄のままです。</translation>
    </message>
    <message>
        <source>Habitat split by country: {features} features → {units} habitat × country units.</source>
        <translation>生息地を国ごとに分割しました: 地物 {features} 件 → 生息地 × 国の単位 {units} 個。</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; is in an equal-area CRS ({crs}): cells counted as they are.</source>
        <translation>生息地ラスタ「{name}」は正積座標系（{crs}）です。セルをそのまま数えます。</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; warped (nearest neighbour) to the equal-area grid, cell {cell:.1f} m.</source>
        <translation>生息地ラスタ「{name}」を正積グリッドに変換しました（最近傍法、セル {cell:.1f} m）。</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no habitat cells: the summary is empty.</source>
        <translation>ラスタ「{name}」に生息地のセルがありません。集計は空です。</translation>
    </message>
    <message>
        <source>{layer}: left out {proposed} &apos;Proposed&apos; and {not_reported} &apos;Not Reported&apos; sites and {mab} UNESCO-MAB Biosphere Reserves.</source>
        <translation>{layer}: 'Proposed' の {proposed} 件、'Not Reported' の {not_reported} 件、UNESCO-MAB 生物圏保存地域 {mab} 件を除外しました。</translation>
    </message>
    <message>
        <source>Areas and distances in {crs} (metres, equal-area).</source>
        <translation>面積と距離は {crs}（メートル、正積）で計算します。</translation>
    </message>
    <message>
        <source>{layer}: {count} piece(s) outside every country polygon (sea, or beyond the countries layer) left out.</source>
        <translation>{layer}: どの国のポリゴンにも入らない部分 {count} 個（海域、または国レイヤの範囲外）を除外しました。</translation>
    </message>
    <message>
        <source>{count} protected part(s) smaller than MIN_AREA_HA = {min_area_ha:g} ha dropped.</source>
        <translation>MIN_AREA_HA = {min_area_ha:g} ha より小さい保護部分 {count} 個を除外しました。</translation>
    </message>
    <message>
        <source>{layer}: no protected area inside any country; the outputs are empty.</source>
        <translation>{layer}: どの国の内部にも保護地域がありません。出力は空です。</translation>
    </message>
    <message>
        <source>{code}: no protected area (after the filters and MIN_AREA_HA); Prot = 0, RelConn and the fractions are empty.</source>
        <translation>{code}: （フィルタと MIN_AREA_HA の適用後）保護地域がありません。Prot = 0 で、RelConn と各割合は空です。</translation>
    </message>
    <message>
        <source>{code}: {nodes} node(s), {foreign} foreign stepping stone(s), {pairs} pair(s) within reach; ProtConn {protconn:.3f} % of {land:,.0f} ha.</source>
        <translation>{code}: ノード {nodes} 個、国外の飛び石 {foreign} 個、到達範囲内のペア {pairs} 組。ProtConn は {land:,.0f} ha の {protconn:.3f} %。</translation>
    </message>
    <message>
        <source>Country polygons overlap inside candidate {candidate}: the overlap was given to one country only (check COUNTRIES).</source>
        <translation>候補地 {candidate} の内部で国のポリゴンが重なっています。重なった部分は 1 つの国だけに割り当てました（COUNTRIES を確認してください）。</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie more than {km:g} km from every country polygon and were left out (check that COUNTRIES covers the wetlands).</source>
        <translation>候補地のうち {area:,.1f} ha はどの国のポリゴンからも {km:g} km 以上離れているため除外しました（COUNTRIES が湿地を覆っているか確認してください）。</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie outside every country polygon (sea or gaps in COUNTRIES) and were given to the nearest country.</source>
        <translation>候補地のうち {area:,.1f} ha はどの国のポリゴンにも入らない（海域または COUNTRIES の隙間）ため、最も近い国に割り当てました。</translation>
    </message>
    <message>
        <source>{count} border slivers ({area:,.2f} ha in all) merged into the neighbouring component.</source>
        <translation>境界の細片 {count} 個（合計 {area:,.2f} ha）を隣接する構成部分に統合しました。</translation>
    </message>
    <message>
        <source>Rejected {row}</source>
        <translation>除外: {row}</translation>
    </message>
    <message>
        <source>{complexes} candidate complexes, {components} national components (areas in a Lambert azimuthal equal-area CRS centred on {centre}).</source>
        <translation>候補複合体 {complexes} 個、国別の構成部分 {components} 個（面積は {centre} を中心とするランベルト正積方位図法の座標系で計算）。</translation>
    </message>
    <message>
        <source>RAMSAR: {ramsar} of {count} features are Ramsar sites ({desig}).</source>
        <translation>RAMSAR: 地物 {count} 件のうち {ramsar} 件がラムサール条約湿地です（{desig}）。</translation>
    </message>
    <message>
        <source>{count} country polygons without a code in &apos;{field}&apos; were ignored.</source>
        <translation>「{field}」にコードのない国のポリゴン {count} 件を無視しました。</translation>
    </message>
    <message>
        <source>Closing by {closing:,.0f} m added {area:,.1f} ha across narrow gaps.</source>
        <translation>{closing:,.0f} m のクロージングにより、狭い隙間に {area:,.1f} ha を追加しました。</translation>
    </message>
    <message>
        <source>{count} barrier line(s) costed from their type with the {profile} barrier table (expert defaults).</source>
        <translation>障壁ライン {count} 本のコストを、種類に基づき {profile} の障壁表（専門家による既定値）で設定しました。</translation>
    </message>
    <message>
        <source>{count} barrier line(s) without a cost or a known type got the default cost {cost:g}.</source>
        <translation>コストも既知の種類もない障壁ライン {count} 本に既定のコスト {cost:g} を設定しました。</translation>
    </message>
    <message>
        <source>{count} barrier line(s) have no cost and no type: treated as barriers of {cost:g} (expert default; set BARRIER_COST to change).</source>
        <translation>障壁ライン {count} 本にコストも種類もありません。コスト {cost:g} の障壁として扱います（専門家による既定値。変更するには BARRIER_COST を設定してください）。</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {bands} bands; band 1 is used as land cover.</source>
        <translation>「{layer}」には {bands} 個のバンドがあります。バンド 1 を土地被覆として使います。</translation>
    </message>
    <message>
        <source>{skipped} barrier feature(s) with empty geometry skipped.</source>
        <translation>ジオメトリが空の障壁地物 {skipped} 件をスキップしました。</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; has no terrain rule: the DEM is not used.</source>
        <translation>プロファイル「{profile}」には地形のルールがありません。DEM は使用しません。</translation>
    </message>
    <message>
        <source>DEM &apos;{layer}&apos; is on another grid: resampled bilinearly onto the land-cover grid.</source>
        <translation>DEM「{layer}」は別のグリッド上にあります。土地被覆のグリッドに共一次内挿法でリサンプリングしました。</translation>
    </message>
    <message>
        <source>Snow leopard ruggedness: TRI 90th percentile = {p90:.1f} m.</source>
        <translation>ユキヒョウの起伏度: TRI の 90 パーセンタイル = {p90:.1f} m。</translation>
    </message>
    <message>
        <source>Classes missing from the table treated as impassable: {listing}.</source>
        <translation>表にないクラスを通行不能として扱いました: {listing}。</translation>
    </message>
    <message>
        <source>{count} cell(s) have no DEM value: no terrain term there.</source>
        <translation>{count} セルに DEM の値がありません。そこでは地形の項を使いません。</translation>
    </message>
    <message>
        <source>{count} cell(s) carry a barrier (width {width:g} m).</source>
        <translation>{count} セルに障壁があります（幅 {width:g} m）。</translation>
    </message>
    <message>
        <source>{layer}: {count} features</source>
        <translation>{layer}: 地物 {count} 件</translation>
    </message>
    <message>
        <source>{count} invalid geometries repaired (make_valid)</source>
        <translation>無効なジオメトリ {count} 件を修復（make_valid）</translation>
    </message>
    <message>
        <source>{count} null or empty skipped</source>
        <translation>NULL または空のジオメトリ {count} 件をスキップ</translation>
    </message>
    <message>
        <source>{count} zero-area slivers skipped</source>
        <translation>面積ゼロのスリバー {count} 件をスキップ</translation>
    </message>
    <message>
        <source>{count} non-polygon geometries skipped</source>
        <translation>ポリゴン以外のジオメトリ {count} 件をスキップ</translation>
    </message>
    <message>
        <source>{layer}: recognised the {schema} schema.</source>
        <translation>{layer}: {schema} スキーマを認識しました。</translation>
    </message>
    <message>
        <source>{layer}: {count} sites with STATUS &apos;Proposed&apos; left out.</source>
        <translation>{layer}: STATUS が「Proposed」の地域 {count} 件を除外しました。</translation>
    </message>
    <message>
        <source>{layer}: {count} points drawn as circles of their reported area (REP_AREA) — APPROXIMATE shapes, not boundaries.</source>
        <translation>{layer}: {count} 個のポイントを報告面積（REP_AREA）の円として描きました。境界ではなく近似的な（APPROXIMATE）形状です。</translation>
    </message>
    <message>
        <source>{layer}: {count} points without a reported area skipped.</source>
        <translation>{layer}: 報告面積のないポイント {count} 件をスキップしました。</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>NEASPEC Planner language</source>
        <translation>NEASPEC Planner の言語</translation>
    </message>
    <message>
        <source>Interface language of NEASPEC Planner (maps and reports have their own LANGUAGE parameter). The change applies after restarting QGIS or reloading the plugin.</source>
        <translation>NEASPEC Planner のインターフェイス言語（地図とレポートには別に LANGUAGE パラメータがあります）。変更は QGIS の再起動またはプラグインの再読み込みの後に反映されます。</translation>
    </message>
    <message>
        <source>'Follow QGIS' uses the language set in QGIS Settings ▸ Options ▸ General</source>
        <translation>「QGIS に従う」では、QGIS の 設定 ▸ オプション… ▸ 一般情報 で設定した言語を使います</translation>
    </message>
    <message>
        <source>Follow QGIS</source>
        <translation>QGIS に従う</translation>
    </message>
</context>
<context>
    <name>LanguageMixin</name>
    <message>
        <source>Language of the map/report texts</source>
        <translation>地図／レポートの文字の言語</translation>
    </message>
</context>
<context>
    <name>MonitoringGridAlgorithm</name>
    <message>
        <source>Joint monitoring grid (camera traps, shared individuals)</source>
        <translation>共同モニタリンググリッド（カメラトラップ、共有個体）</translation>
    </message>
    <message>
        <source>Puts every country's camera-trap stations and detections on ONE common grid, so that grids built by each side line up cell for cell, and counts effort, detections, naive occupancy, unsurveyed habitat and the individuals detected on both sides of a border.

The grid: square cells of CELL_SIZE metres (default 10,000) in one fixed Lambert azimuthal equal-area CRS (centred at 45° N 120° E, false easting and northing 13,000 km), aligned to its origin (0, 0). cell_id is the cell's place on that lattice (10kmE1302N1405 = the 1302nd cell east and the 1405th north), so the same cell has the same id and square in every run, whatever the extent: each country's tables join on it. Cells are half-open: a station exactly on a cell edge belongs to the cell east of a vertical edge and north of a horizontal one.

COUNTRIES: country polygons with an ISO3 code (found by itself, or COUNTRY_FIELD). STATIONS: points with 'station' (id), optional 'country' (ISO3; else the country the point lies in), 'start' and 'end' dates and/or 'effort_days'. Effort is effort_days, else end − start in days (camera-trap nights); several rows of one station at one place are deployments and add up. DETECTIONS: a table (CSV, spreadsheet) or points with 'station', 'date', 'species' and optional 'individual' (the ID from stripes or spots); points without a station are placed where they are. HABITAT (optional): habitat polygons, or a class raster (HABITAT_CLASSES: the habitat class values, e.g. 10,20; default every value except 0 and nodata). EXTENT (optional; default: the stations, detection points and habitat).

Bad rows are left out and listed in the log with their line numbers (header = line 1; features are numbered from 1): unknown station, unreadable or future date, end before start, negative effort, duplicate detections (same station, species, individual and date), a station id at two places. Stations outside every country polygon are listed too.

GRID: cell_id, countries (ISO3 list of the cell, e.g. CHN,RUS), habitat_ha, stations, effort_days (station-days), det_&lt;species&gt; (detections) and occ_&lt;species&gt; (1 = detected) per species, detected (number of species detected) and gap (1 = habitat and no station: a monitoring gap, hatched). Styles: effort, and occupancy (Layer Properties ▸ Styles). SUMMARY per country × species: cells_habitat (cells with habitat in that country's part), cells_surveyed (cells with its stations), cells_detected, naive_occupancy (= cells_detected / cells_surveyed), effort_days, individuals, shared_individuals (also detected in another country), habitat_gap_cells (its habitat cells with no station of any country). SHARED: each transboundary individual with its species, countries and first and last dates.</source>
        <translation>各国のカメラトラップのステーションと検出記録を 1 つの共通グリッドにまとめ、それぞれが作るグリッドがセル単位で一致するようにし、努力量、検出、ナイーブ占有率、未調査の生息地、国境の両側で検出された個体を集計します。

グリッド: 固定された 1 つのランベルト正積方位図法の座標系（中心 45° N 120° E、東・北の偽原点 13,000 km）における CELL_SIZE メートル（既定 10,000）の正方形セルで、その原点 (0, 0) にそろえています。cell_id はその格子上のセルの位置です（10kmE1302N1405 = 東へ 1302 番目、北へ 1405 番目のセル）。したがって範囲にかかわらず、同じセルは毎回同じ ID と同じ正方形になり、各国の表をこれで結合できます。セルは半開区間です: セルの境界上にちょうどあるステーションは、縦の境界なら東、横の境界なら北のセルに属します。

COUNTRIES: ISO3 コードのある国のポリゴン（自動検出、または COUNTRY_FIELD）。STATIONS: 'station'（ID）、任意の 'country'（ISO3。なければポイントのある国）、'start' と 'end' の日付、または 'effort_days' を持つポイント。努力量は effort_days、なければ end − start の日数（カメラ夜数）。1 つのステーションの同じ場所の複数行は設置期間とみなし合計します。DETECTIONS: 'station'、'date'、'species'、任意の 'individual'（縞や斑点で識別した個体 ID）を持つ表（CSV、スプレッドシート）またはポイント。ステーションのないポイントはその位置に置きます。HABITAT（任意）: 生息地のポリゴン、または分類ラスタ（HABITAT_CLASSES: 生息地のクラス値、例 10,20。既定は 0 と nodata 以外のすべての値）。EXTENT（任意。既定: ステーション、検出ポイント、生息地）。

不正な行は除外し、行番号付きでログに表示します（ヘッダー = 1 行目。地物は 1 から番号付け）: 不明なステーション、読めないまたは未来の日付、開始より前の終了、負の努力量、重複した検出（同じステーション、種、個体、日付）、2 か所にある同じステーション ID。どの国のポリゴンにも入らないステーションも表示します。

GRID: cell_id、countries（セルの ISO3 の一覧、例 CHN,RUS）、habitat_ha、stations、effort_days（ステーション日）、種ごとの det_&lt;species&gt;（検出数）と occ_&lt;species&gt;（1 = 検出）、detected（検出された種の数）、gap（1 = 生息地があるがステーションがない: モニタリングの空白、斜線表示）。スタイル: 努力量と占有（レイヤプロパティ ▸ スタイル）。SUMMARY は国 × 種ごと: cells_habitat（その国の部分に生息地があるセル）、cells_surveyed（その国のステーションがあるセル）、cells_detected、naive_occupancy（= cells_detected / cells_surveyed）、effort_days、individuals、shared_individuals（別の国でも検出）、habitat_gap_cells（どの国のステーションもないその国の生息地セル）。SHARED: 越境個体ごとの種、国、最初と最後の日付。</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国コードのフィールド（デフォルト：ISO3 / ISO_A3 / ADM0_A3 / GID_0）</translation>
    </message>
    <message>
        <source>Camera-trap stations (points)</source>
        <translation>カメラトラップのステーション（ポイント）</translation>
    </message>
    <message>
        <source>Detections (table or points)</source>
        <translation>検出記録（表またはポイント）</translation>
    </message>
    <message>
        <source>Habitat (polygons or class raster)</source>
        <translation>生息地（ポリゴンまたは分類ラスタ）</translation>
    </message>
    <message>
        <source>Cell size (m)</source>
        <translation>セルサイズ（m）</translation>
    </message>
    <message>
        <source>Side of the square cells in metres. Every country must use the same size for their grids to match.</source>
        <translation>正方形セルの一辺（メートル）。グリッドを一致させるには、すべての国が同じサイズを使う必要があります。</translation>
    </message>
    <message>
        <source>Extent (default: the data)</source>
        <translation>範囲（既定: データ）</translation>
    </message>
    <message>
        <source>Habitat class values of the raster (comma-separated)</source>
        <translation>ラスタの生息地クラス値（カンマ区切り）</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>モニタリンググリッド</translation>
    </message>
    <message>
        <source>Monitoring summary by country and species</source>
        <translation>国・種別のモニタリング集計</translation>
    </message>
    <message>
        <source>Shared (transboundary) individuals</source>
        <translation>共有（越境）個体</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>レイヤを読み込み中…</translation>
    </message>
    <message>
        <source>Habitat class values must be numbers separated by commas (got &apos;{}&apos;).</source>
        <translation>生息地クラス値はカンマ区切りの数値でなければなりません（「{}」が指定されました）。</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>キャンセルしました。出力は書き込まれていません。</translation>
    </message>
    <message>
        <source>Writing the outputs ({} cells)…</source>
        <translation>結果を書き出しています（{} セル）…</translation>
    </message>
    <message>
        <source>{} cells, {} surveyed, {} monitoring gap cells; {} shared individuals; {} rows left out.</source>
        <translation>{} セル、調査済み {}、モニタリング空白セル {}; 共有個体 {}; 除外した行 {}。</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>努力量</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>占有</translation>
    </message>
</context>
<context>
    <name>NeaspecAlgorithm</name>
    <message>
        <source>Input layers</source>
        <translation>入力レイヤ</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>生態回廊</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>ラムサール条約湿地</translation>
    </message>
    <message>
        <source>Maps and reports</source>
        <translation>地図とレポート</translation>
    </message>
    <message>
        <source>Missing Python packages: {}. Install them from the plugin's menu (NEASPEC Planner ▸ Install dependencies) or by hand:
{}</source>
        <translation>不足している Python パッケージ：{}。プラグインのメニュー（NEASPEC Planner ▸ 依存パッケージをインストール…）から、または手動でインストールしてください：
{}</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>キャンセルしました。出力は書き込まれていません。</translation>
    </message>
    <message>
        <source>Not enough memory for this run. Use a smaller extent or a coarser raster.</source>
        <translation>この処理にはメモリが不足しています。領域を小さくするか、解像度の粗いラスタを使ってください。</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>レイヤ「{}」に座標参照系がありません。レイヤのプロパティ ▸ ソース で設定してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>ラスタ「{}」は GDAL で読み込めるファイルではありません。先に GeoTIFF として保存してください。</translation>
    </message>
    <message>
        <source>Output {} must be a file (GeoPackage, shapefile, GeoTIFF…), not a database table.</source>
        <translation>出力 {} はデータベースのテーブルではなく、ファイル（GeoPackage、シェープファイル、GeoTIFF…）にしてください。</translation>
    </message>
    <message>
        <source>{}: {} site(s) with STATUS &apos;Proposed&apos; left out (not protected yet); tick &apos;Include proposed protected areas&apos; to count them.</source>
        <translation>{}：STATUS が 'Proposed' の {} 件を除外しました（まだ保護されていません）。数えるには「計画中の保護地域を含める」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>{}: IUCN range layer; kept {} of {} polygons (presence extant/probably extant, origin native/reintroduced, seasonal resident/breeding/non-breeding).</source>
        <translation>{}：IUCN の分布域レイヤ。{} 個のポリゴンを残しました（全 {} 個中。presence は現存／おそらく現存、origin は在来／再導入、seasonal は通年／繁殖期／非繁殖期）。</translation>
    </message>
    <message>
        <source>{}: {} point sites drawn as circles of their reported area (approximate shapes); {} without a positive REP_AREA skipped.</source>
        <translation>{}：ポイントの保護地域 {} 件を報告面積の円（近似形状）として描きました。REP_AREA が正でない {} 件はスキップしました。</translation>
    </message>
</context>
<context>
    <name>NeaspecPlannerPlugin</name>
    <message>
        <source>NEASPEC Planner panel</source>
        <translation>NEASPEC Planner パネル</translation>
    </message>
    <message>
        <source>Show or hide the NEASPEC Planner panel: layers, overlaps, corridors, Ramsar candidates and exports</source>
        <translation>NEASPEC Planner パネルの表示／非表示：レイヤ、重なり解析、生態回廊、ラムサール条約湿地候補地、エクスポート</translation>
    </message>
    <message>
        <source>Install dependencies…</source>
        <translation>依存パッケージをインストール…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>言語…</translation>
    </message>
    <message>
        <source>Choose the interface language of NEASPEC Planner</source>
        <translation>NEASPEC Planner のインターフェイス言語を選択します</translation>
    </message>
    <message>
        <source>Missing Python packages: {}</source>
        <translation>不足している Python パッケージ：{}</translation>
    </message>
    <message>
        <source>All dependencies are installed.</source>
        <translation>すべての依存パッケージがインストールされています。</translation>
    </message>
    <message>
        <source>NEASPEC Planner needs these Python packages: {}.

Install them now into {}? (needs a compiler and GEOS headers on Linux)</source>
        <translation>NEASPEC Planner には次の Python パッケージが必要です：{}。

今すぐ {} にインストールしますか？（Linux ではコンパイラと GEOS のヘッダファイルが必要です）</translation>
    </message>
    <message>
        <source>Install now</source>
        <translation>今すぐインストール</translation>
    </message>
    <message>
        <source>Installation failed: {}

Install by hand:
{}</source>
        <translation>インストールに失敗しました：{}

手動でインストールしてください：
{}</translation>
    </message>
    <message>
        <source>Dependencies installed in {}</source>
        <translation>依存パッケージを {} にインストールしました</translation>
    </message>
</context>
<context>
    <name>OverlapAlgorithm</name>
    <message>
        <source>Habitat protection and gaps by country</source>
        <translation>国別の生息地保護状況と保護ギャップ</translation>
    </message>
    <message>
        <source>Habitat polygons</source>
        <translation>生息地ポリゴン</translation>
    </message>
    <message>
        <source>Habitat class field</source>
        <translation>生息地クラスのフィールド</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>保護地域</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国コードのフィールド（デフォルト：ISO3 / ISO_A3 / ADM0_A3 / GID_0）</translation>
    </message>
    <message>
        <source>Protected-area id field (default: WDPAID / SITE_ID)</source>
        <translation>保護地域 ID のフィールド（デフォルト：WDPAID / SITE_ID）</translation>
    </message>
    <message>
        <source>Breakdown of the protected area</source>
        <translation>保護面積の内訳</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>IUCN category (strictest counts)</source>
        <translation>IUCN カテゴリー（最も厳格なものを採用）</translation>
    </message>
    <message>
        <source>Designation type (national first)</source>
        <translation>指定の種類（国内指定を優先）</translation>
    </message>
    <message>
        <source>Habitat raster (instead of habitat polygons)</source>
        <translation>生息地ラスタ（生息地ポリゴンの代わり）</translation>
    </message>
    <message>
        <source>Suitability threshold for the habitat raster (cells ≥ it)</source>
        <translation>生息地ラスタの適性の閾値（この値以上のセル）</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>保護された生息地</translation>
    </message>
    <message>
        <source>Protection gaps</source>
        <translation>保護ギャップ</translation>
    </message>
    <message>
        <source>Summary by habitat and country</source>
        <translation>生息地別・国別の集計</translation>
    </message>
    <message>
        <source>Give habitat polygons (HABITAT) or a habitat raster (HABITAT_RASTER).</source>
        <translation>生息地ポリゴン（HABITAT）または生息地ラスタ（HABITAT_RASTER）を指定してください。</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>レイヤを読み込み中…</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>キャンセルしました。出力は書き込まれていません。</translation>
    </message>
    <message>
        <source>Protected: {:,.1f} ha of {:,.1f} ha of habitat ({:.1f} %).</source>
        <translation>保護済み：{:,.1f} ha（生息地全体 {:,.1f} ha のうち {:.1f} %）。</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>WDPA のポイントを報告面積の円として描く（REP_AREA。近似）</translation>
    </message>
    <message>
        <source>Writing the outputs ({} summary rows)…</source>
        <translation>出力を書き込み中（集計 {} 行）…</translation>
    </message>
    <message>
        <source>How much of each habitat is protected, in which country, and where the unprotected parts are.

HABITAT: habitat polygons (species range, wetland type…), with an optional class field (HABITAT_FIELD; without it the layer name is the class). PROTECTED: protected-area polygons (e.g. WDPA); overlapping or nested areas are merged locally first, so no hectare is counted twice. A WDPA point file is refused unless BUFFER_POINTS draws each point as a circle of its reported area (REP_AREA, approximate). COUNTRIES (optional): country polygons with an ISO3 code (ISO3, ISO_A3, ADM0_A3 or GID_0 is found by itself; Natural Earth's -99 codes are replaced by ADM0_A3); habitat across a border is split.

All areas are hectares, measured in a Lambert azimuthal equal-area projection centred on the data (inputs in other CRSs, also EPSG:4326, are reprojected). Invalid polygons are repaired, empty ones skipped; the log says how many.

OUTPUT: habitat inside protection (habitat, country, pa_ids = ids of the protected areas covering all or part of the piece, area_ha). GAPS: habitat outside every protected area (habitat, country, area_ha); skip it to save time, the summary stays complete. SUMMARY: a table per habitat and country: habitat_ha, protected_ha, protected_pct (%), gap_ha.

BREAKDOWN (optional): by IUCN category or designation type; a piece covered by several categories counts once, for the strictest (Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; other; National &gt; Regional &gt; International &gt; other), in an added 'category' field and one '…_ha' column per category.

HABITAT_RASTER (optional, instead of HABITAT): a class raster, or a suitability raster with RASTER_THRESHOLD (cells at or above it are habitat). Cells are counted in an equal-area grid; SUMMARY gets hectares per class and country, OUTPUT and GAPS stay empty.</source>
        <translation>各生息地のどれだけが、どの国で保護されているか、また保護されていない部分がどこにあるかを求めます。

HABITAT：生息地のポリゴン（種の分布域、湿地タイプ…）。クラスを示すフィールドを任意で指定できます（HABITAT_FIELD。指定しない場合はレイヤ名がクラスになります）。PROTECTED：保護地域のポリゴン（WDPA など）。重なり合う保護地域や入れ子になった保護地域は先に局所的に結合されるため、同じ面積が二重に数えられることはありません。WDPA のポイントファイルは、BUFFER_POINTS で各ポイントを報告面積（REP_AREA、近似）の円として描く場合を除き、受け付けません。COUNTRIES（オプション）：ISO3 コードを持つ国のポリゴン（ISO3、ISO_A3、ADM0_A3、GID_0 は自動的に検出されます。Natural Earth の -99 コードは ADM0_A3 で置き換えます）。国境をまたぐ生息地は分割されます。

面積はすべてヘクタールで、データの中心に合わせたランベルト正積方位図法で計測します（EPSG:4326 を含め、他の座標系の入力は再投影されます）。無効なポリゴンは修復され、空のポリゴンはスキップされます。その数はログに示されます。

OUTPUT：保護されている生息地（habitat、country、pa_ids = その部分の全体または一部を覆う保護地域の ID、area_ha）。GAPS：どの保護地域にも含まれない生息地（habitat、country、area_ha）。時間を節約するために省略できます。集計は省略しても完全です。SUMMARY：生息地と国ごとの表（habitat_ha、protected_ha、protected_pct（%）、gap_ha）。

BREAKDOWN（オプション）：IUCN カテゴリーまたは指定の種類による内訳。複数のカテゴリーに覆われる部分は、最も厳格なものとして 1 回だけ数えます（Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; その他、国内指定 &gt; 地域指定 &gt; 国際指定 &gt; その他）。結果は追加される 'category' フィールドと、カテゴリーごとの '…_ha' 列に入ります。

HABITAT_RASTER（オプション、HABITAT の代わり）：クラスラスタ、または RASTER_THRESHOLD と組み合わせる適性ラスタ（値が閾値以上のセルが生息地）。セルは正積グリッドで数えられ、SUMMARY にはクラスと国ごとのヘクタールが入り、OUTPUT と GAPS は空になります。</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>計画中の保護地域を含める（WDPA の STATUS が 'Proposed'）</translation>
    </message>
    <message>
        <source>IUCN/BirdLife range habitat: keep extant native resident, breeding and non-breeding range only</source>
        <translation>IUCN/BirdLife の分布域による生息地：現存・在来の通年、繁殖期、非繁殖期の分布域だけを残す</translation>
    </message>
</context>
<context>
    <name>PinchpointsAlgorithm</name>
    <message>
        <source>Pinch points and effective resistance (circuit theory)</source>
        <translation>ピンチポイントと実効抵抗（回路理論）</translation>
    </message>
    <message>
        <source>Circuit theory between focal nodes, as Circuitscape's raster pairwise mode and Linkage Mapper's Pinchpoint Mapper compute it: where current concentrates, a corridor is narrow — a new road, fence or field there would cut the link, and a crossing or restoration there pays off most.

RESISTANCE: a resistance raster (RESISTANCE_IS = resistance, values &gt; 0) or a conductance raster (values ≥ 0, 0 = no node); nodata cells are no node. As in Circuitscape, resistances are per cell: the cell size is not used. FOCAL: polygons or points; all cells under the features of one FOCAL_ID form one focal node (short-circuited). CONNECTIONS: 4 or 8 neighbours (diagonal conductances ÷ √2). AVERAGE: an edge's conductance from the mean of the two cells' resistances (default) or of their conductances.

Without CORRIDORS every pair of focal nodes (or those at most MAX_DISTANCE m apart, edge to edge) is solved over the whole raster. With CORRIDORS (the corridor raster of the least-cost corridor tool) each link is solved inside the corridor cells that join its two cores; the links are those of LINKS (the corridor tool's links) or else every pair of cores joined by a corridor.

RESISTANCES: from_id, to_id, resistance (effective resistance in the raster's resistance units; −1 when the two are not connected). CURRENT: the current summed over all solved pairs (1 A per pair), nodata where there is no node. PINCHES (with CORRIDORS): the corridor cells, cores left out, at or above PINCH_PERCENTILE of the link's own current, one polygon per link and country (COUNTRIES), with area_ha (equal-area) and max_current (A).

The solver factorises each circuit once (Cholesky-like sparse factor) and reuses it for all pairs of single-cell focal nodes; every solution is checked (backward error and dissipated power) and a circuit that cannot be solved accurately stops the run with a message instead of a wrong number. The memory is estimated first and the run refused above 4 GiB.</source>
        <translation>焦点ノード間の回路理論による計算で、Circuitscape のラスタ・ペアワイズモードと Linkage Mapper の Pinchpoint Mapper と同じ方法です。電流が集中する場所は回廊が狭い場所です。そこに新しい道路、柵、農地ができると連結が断たれ、そこに横断施設を設けたり再生したりすると効果が最も大きくなります。

RESISTANCE: 抵抗ラスタ（RESISTANCE_IS = resistance、値 &gt; 0）またはコンダクタンスラスタ（値 ≥ 0、0 = ノードなし）。nodata セルはノードではありません。Circuitscape と同じく抵抗はセル単位で、セルサイズは使いません。FOCAL: ポリゴンまたはポイント。同じ FOCAL_ID の地物の下にあるすべてのセルが 1 つの焦点ノード（短絡）になります。CONNECTIONS: 4 または 8 近傍（斜めのコンダクタンスは ÷ √2）。AVERAGE: 辺のコンダクタンスを 2 つのセルの抵抗の平均（既定）またはコンダクタンスの平均から求めます。

CORRIDORS がない場合、焦点ノードのすべての組（または縁どうしの距離が MAX_DISTANCE m 以下の組）をラスタ全体で解きます。CORRIDORS（最小コスト回廊ツールの回廊ラスタ）がある場合、各リンクをその 2 つのコアを結ぶ回廊セルの中で解きます。リンクは LINKS（回廊ツールのリンク）から、なければ回廊で結ばれたすべてのコアの組です。

RESISTANCES: from_id、to_id、resistance（ラスタの抵抗単位での実効抵抗。連結していなければ −1）。CURRENT: 解いたすべての組の電流の合計（組ごとに 1 A）。ノードのない所は nodata。PINCHES（CORRIDORS 使用時）: コアを除く回廊セルのうち、そのリンク自身の電流の PINCH_PERCENTILE 以上のセル。リンクと国（COUNTRIES）ごとに 1 つのポリゴンで、area_ha（正積）と max_current（A）を持ちます。

ソルバーは各回路を一度だけ分解し（コレスキー型の疎分解）、単一セルの焦点ノードのすべての組で再利用します。すべての解を検査し（後退誤差と散逸電力）、正確に解けない回路は誤った数値を返す代わりにメッセージを出して停止します。メモリは事前に見積もり、4 GiB を超える場合は実行を拒否します。</translation>
    </message>
    <message>
        <source>Resistance raster</source>
        <translation>抵抗ラスタ</translation>
    </message>
    <message>
        <source>The raster holds</source>
        <translation>ラスタの内容</translation>
    </message>
    <message>
        <source>Focal nodes (cores or points)</source>
        <translation>焦点ノード（コアまたはポイント）</translation>
    </message>
    <message>
        <source>Focal node id field</source>
        <translation>焦点ノード ID フィールド</translation>
    </message>
    <message>
        <source>Neighbours (4 or 8)</source>
        <translation>近傍（4 または 8）</translation>
    </message>
    <message>
        <source>Edge conductance from the mean of the cells&apos;</source>
        <translation>辺のコンダクタンスに使うセルの平均:</translation>
    </message>
    <message>
        <source>Corridors raster (from the corridor tool): solve link by link inside it</source>
        <translation>回廊ラスタ（回廊ツールの出力）: その中でリンクごとに解く</translation>
    </message>
    <message>
        <source>Links (from the corridor tool: from_id, to_id)</source>
        <translation>リンク（回廊ツールの出力: from_id、to_id）</translation>
    </message>
    <message>
        <source>Maximum pair distance, edge to edge (m)</source>
        <translation>組の最大距離、縁から縁（m）</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>国（ISO3 / ISO_A3 / ADM0_A3 フィールド）</translation>
    </message>
    <message>
        <source>Pinch points: cells at or above this percentile of a link&apos;s current</source>
        <translation>ピンチポイント: リンクの電流のこのパーセンタイル以上のセル</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>実効抵抗</translation>
    </message>
    <message>
        <source>Cumulative current (A)</source>
        <translation>累積電流（A）</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>ピンチポイント</translation>
    </message>
    <message>
        <source>Neighbours must be 4 or 8 (got {}).</source>
        <translation>近傍数は 4 または 8 でなければなりません（指定値 {}）。</translation>
    </message>
    <message>
        <source>Choose the focal node id field.</source>
        <translation>焦点ノード ID フィールドを選んでください。</translation>
    </message>
    <message>
        <source>LINKS is used only with a CORRIDORS raster; every pair is solved.</source>
        <translation>LINKS は CORRIDORS ラスタと一緒の場合だけ使われます。すべての組を解きます。</translation>
    </message>
    <message>
        <source>The current raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>電流ラスタは GeoTIFF で書き出されます。.tif の名前を指定してください（指定値「{}」）。</translation>
    </message>
    <message>
        <source>{} focal feature(s) read from &apos;{}&apos;.</source>
        <translation>{} 個の焦点地物を「{}」から読み込みました。</translation>
    </message>
    <message>
        <source>{} pair(s) solved, {} connected; pinch points {:.1f} ha.</source>
        <translation>{} 組を解き、{} 組が連結。ピンチポイント {:.1f} ha。</translation>
    </message>
    <message>
        <source>No pair to solve: fewer than two focal nodes, none within the maximum distance, or no corridor joining two cores. The outputs are empty.</source>
        <translation>解く組がありません。焦点ノードが 2 つ未満か、最大距離内の組がないか、2 つのコアを結ぶ回廊がありません。出力は空です。</translation>
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
        <translation>NEASPEC Planner：レイヤから地図、レポート、ラムサール条約湿地の申請ファイルまでを順に案内するワークショップ</translation>
    </message>
    <message>
        <source>needed by: {}</source>
        <translation>必要とするステップ：{}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Layer used as {} ({})</source>
        <translation>{}として使うレイヤ（{}）</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（オプション）</translation>
    </message>
    <message>
        <source>Amur tiger</source>
        <translation>アムールトラ</translation>
    </message>
    <message>
        <source>Amur leopard</source>
        <translation>アムールヒョウ</translation>
    </message>
    <message>
        <source>Snow leopard</source>
        <translation>ユキヒョウ</translation>
    </message>
    <message>
        <source>Cranes (wetland birds)</source>
        <translation>ツル類（湿地の鳥類）</translation>
    </message>
    <message>
        <source>Custom cost table</source>
        <translation>カスタムのコスト表</translation>
    </message>
    <message>
        <source>CSV cost table (*.csv)</source>
        <translation>CSV コスト表 (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 画像 (*.png);;SVG 図形 (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;Web page (*.html);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel ブック (*.xlsx);;Web ページ (*.html);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>The demo region is not installed: {} is missing.</source>
        <translation>デモ地域がインストールされていません：{} が見つかりません。</translation>
    </message>
    <message>
        <source>Demo region</source>
        <translation>デモ地域</translation>
    </message>
    <message>
        <source>Transboundary planning: Tumen River</source>
        <translation>越境計画：豆満江</translation>
    </message>
    <message>
        <source>Demo region loaded: {} layers; roles assigned.</source>
        <translation>デモ地域を読み込みました：{} 個のレイヤ。役割を割り当てました。</translation>
    </message>
    <message>
        <source>Choose the {} layer in step 1 Layers first.</source>
        <translation>先にステップ 1「レイヤ」で{}レイヤを選択してください。</translation>
    </message>
    <message>
        <source>A step is still running: wait for it or press Cancel.</source>
        <translation>ステップを実行中です。終了を待つか、キャンセルを押してください。</translation>
    </message>
    <message>
        <source>{} is not available in this build.</source>
        <translation>このビルドでは {} を利用できません。</translation>
    </message>
    <message>
        <source>{} {}</source>
        <translation>{} {}</translation>
    </message>
    <message>
        <source>{}: the results could not be shown: {}</source>
        <translation>{}：結果を表示できませんでした：{}</translation>
    </message>
    <message>
        <source>{}: done.</source>
        <translation>{}：完了しました。</translation>
    </message>
    <message>
        <source>{}: cancelled; nothing was added.</source>
        <translation>{}：キャンセルしました。何も追加されていません。</translation>
    </message>
    <message>
        <source>{} failed: {}</source>
        <translation>{}に失敗しました：{}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重なり解析</translation>
    </message>
    <message>
        <source>Habitat gaps</source>
        <translation>生息地の保護ギャップ</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>保護された生息地</translation>
    </message>
    <message>
        <source>Overlap summary</source>
        <translation>重なり解析の集計</translation>
    </message>
    <message>
        <source>The custom profile needs a cost table (CSV with columns class,cost).</source>
        <translation>カスタムプロファイルにはコスト表（class,cost 列を持つ CSV）が必要です。</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>生態回廊</translation>
    </message>
    <message>
        <source>Corridor links</source>
        <translation>回廊リンク</translation>
    </message>
    <message>
        <source>Corridor gaps</source>
        <translation>回廊の保護ギャップ</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>抵抗</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: the options are compared with its resistance.</source>
        <translation>先に抵抗と回廊を実行してください。代替案はその抵抗と比較されます。</translation>
    </message>
    <message>
        <source>Tick at least one option layer to compare.</source>
        <translation>比較する代替案レイヤを 1 つ以上チェックしてください。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>代替案</translation>
    </message>
    <message>
        <source>Options comparison</source>
        <translation>代替案の比較</translation>
    </message>
    <message>
        <source>Link {}, option {}: least-cost distance {}</source>
        <translation>リンク {}、代替案 {}：最小コスト距離 {}</translation>
    </message>
    <message>
        <source>Ramsar candidates</source>
        <translation>ラムサール条約湿地候補地</translation>
    </message>
    <message>
        <source>Candidates summary</source>
        <translation>候補地の集計</translation>
    </message>
    <message>
        <source>{} — {} ({:,.0f} ha)</source>
        <translation>{} — {}（{:,.0f} ha）</translation>
    </message>
    <message>
        <source>{} national component(s); select to see the evidence</source>
        <translation>国別の構成部分 {} 件。選択すると根拠を表示します</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面積（ha）</translation>
    </message>
    <message>
        <source>Extends abroad</source>
        <translation>国外に延びる</translation>
    </message>
    <message>
        <source>Adjacent Ramsar sites</source>
        <translation>隣接するラムサール条約湿地</translation>
    </message>
    <message>
        <source>Ramsar criteria</source>
        <translation>ラムサール条約湿地の基準</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Find candidates first.</source>
        <translation>先に候補地を検索してください。</translation>
    </message>
    <message>
        <source>Choose the map file to write (.pdf, .png or .svg).</source>
        <translation>書き出す地図ファイル（.pdf、.png、.svg）を選択してください。</translation>
    </message>
    <message>
        <source>Show at least one layer on the map to print.</source>
        <translation>印刷する地図に、少なくとも 1 つのレイヤを表示してください。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Choose the report file to write (.xlsx, .html, .csv or .pdf).</source>
        <translation>書き出すレポートファイル（.xlsx、.html、.csv、.pdf）を選択してください。</translation>
    </message>
    <message>
        <source>Run a step first: the report lists the results of the overlap, corridor, options and Ramsar steps.</source>
        <translation>先にいずれかのステップを実行してください。レポートには重なり解析、生態回廊、代替案、ラムサール条約湿地の各ステップの結果が記載されます。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Find Ramsar candidates first (step 4) and choose one.</source>
        <translation>先にラムサール条約湿地候補地を検索し（ステップ 4）、1 つ選択してください。</translation>
    </message>
    <message>
        <source>Choose the folder for the Ramsar package.</source>
        <translation>ラムサール申請パッケージのフォルダを選択してください。</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>ラムサール申請パッケージ</translation>
    </message>
    <message>
        <source>{}: written to {}</source>
        <translation>{}：{} に書き出しました</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Open the log (tab NEASPEC Planner) with the full messages of the run</source>
        <translation>ログ（NEASPEC Planner タブ）を開き、実行時のすべてのメッセージを表示します</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>保護地域</translation>
    </message>
    <message>
        <source>Habitat</source>
        <translation>生息地</translation>
    </message>
    <message>
        <source>Roads and barriers</source>
        <translation>道路と障壁</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>コアエリア</translation>
    </message>
    <message>
        <source>Land cover</source>
        <translation>土地被覆</translation>
    </message>
    <message>
        <source>Wetlands</source>
        <translation>湿地</translation>
    </message>
    <message>
        <source>Ramsar sites</source>
        <translation>ラムサール条約湿地</translation>
    </message>
    <message>
        <source>Waterbird counts</source>
        <translation>水鳥カウント</translation>
    </message>
    <message>
        <source>1 % thresholds</source>
        <translation>1 % 閾値</translation>
    </message>
    <message>
        <source>{} national component(s):</source>
        <translation>国別の構成部分 {} 件：</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>ラムサール条約湿地</translation>
    </message>
    <message>
        <source>polygon layer</source>
        <translation>ポリゴンレイヤ</translation>
    </message>
    <message>
        <source>line layer</source>
        <translation>ラインレイヤ</translation>
    </message>
    <message>
        <source>raster layer</source>
        <translation>ラスタレイヤ</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; ({})</source>
        <translation>代替案「{}」（{}）</translation>
    </message>
    <message>
        <source>Raster tiles (*.tif *.tiff *.vrt *.img)</source>
        <translation>ラスタタイル (*.tif *.tiff *.vrt *.img)</translation>
    </message>
    <message>
        <source>Land-cover tile not found: {}</source>
        <translation>土地被覆タイルが見つかりません: {}</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: pinch points are found inside its corridors.</source>
        <translation>先に抵抗と回廊を実行してください。ピンチポイントはその回廊の中で探します。</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>ピンチポイント</translation>
    </message>
    <message>
        <source>Current (circuit theory)</source>
        <translation>電流（回路理論）</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>実効抵抗</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>国別 ProtConn</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>渡りルートのネットワーク</translation>
    </message>
    <message>
        <source>Nodes by importance (dPC)</source>
        <translation>重要度別のノード（dPC）</translation>
    </message>
    <message>
        <source>Links by probability</source>
        <translation>確率別のリンク</translation>
    </message>
    <message>
        <source>Connectivity summary</source>
        <translation>連結性の集計</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>モニタリンググリッド</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>努力量</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>占有</translation>
    </message>
    <message>
        <source>Monitoring summary</source>
        <translation>モニタリング集計</translation>
    </message>
    <message>
        <source>Shared individuals</source>
        <translation>共有個体</translation>
    </message>
    <message>
        <source>Camera-trap stations</source>
        <translation>カメラトラップのステーション</translation>
    </message>
    <message>
        <source>Camera-trap detections</source>
        <translation>カメラトラップの検出記録</translation>
    </message>
    <message>
        <source>Habitat to monitor</source>
        <translation>モニタリングする生息地</translation>
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
        <translation>1  レイヤ：役割の割り当て</translation>
    </message>
    <message>
        <source>Tell the planner which loaded layer plays which role</source>
        <translation>読み込んだ各レイヤがどの役割を担うかを指定します</translation>
    </message>
    <message>
        <source>Choose the layer for each role. Roles are suggested from the layers&apos; names and fields; change any of them. Optional roles can stay empty.</source>
        <translation>役割ごとにレイヤを選択してください。役割はレイヤの名前とフィールドから提案されますが、どれでも変更できます。オプションの役割は空のままでかまいません。</translation>
    </message>
    <message>
        <source>Load demo region</source>
        <translation>デモ地域を読み込む</translation>
    </message>
    <message>
        <source>Add the bundled demo region (Tumen River, Primorye–Hunchun, Altai, Dauria, Khanka) to the project and assign its layers to the roles</source>
        <translation>付属のデモ地域（豆満江、沿海地方–琿春、アルタイ、ダウリア、ハンカ湖）をプロジェクトに追加し、そのレイヤを各役割に割り当てます</translation>
    </message>
    <message>
        <source>Suggest roles</source>
        <translation>役割を提案</translation>
    </message>
    <message>
        <source>Fill the empty roles from the loaded layers&apos; names and fields (roles you set stay as they are)</source>
        <translation>読み込んだレイヤの名前とフィールドから空の役割を埋めます（設定済みの役割はそのまま）</translation>
    </message>
    <message>
        <source>2  Overlaps: habitat in protected areas</source>
        <translation>2  重なり：保護地域内の生息地</translation>
    </message>
    <message>
        <source>How much habitat lies inside protected areas, per country</source>
        <translation>国ごとに、生息地のどれだけが保護地域内にあるか</translation>
    </message>
    <message>
        <source>Habitat × protected areas × countries. Overlapping designations are counted once; areas in hectares (equal-area projection).</source>
        <translation>生息地 × 保護地域 × 国。重なり合う指定は 1 回だけ数えます。面積はヘクタール（正積図法）。</translation>
    </message>
    <message>
        <source>Habitat field</source>
        <translation>生息地フィールド</translation>
    </message>
    <message>
        <source>Field of the habitat layer naming the habitat or species (empty: one habitat)</source>
        <translation>生息地レイヤで生息地または種の名前を示すフィールド（空欄：1 つの生息地として扱う）</translation>
    </message>
    <message>
        <source>Country field</source>
        <translation>国フィールド</translation>
    </message>
    <message>
        <source>Field of the countries layer with the ISO 3166 code (empty: detect ISO3, ISO_A3 or ADM0_A3)</source>
        <translation>国レイヤで ISO 3166 コードを持つフィールド（空欄：ISO3、ISO_A3、ADM0_A3 を自動検出）</translation>
    </message>
    <message>
        <source>Run overlap</source>
        <translation>重なり解析を実行</translation>
    </message>
    <message>
        <source>Run neaspec:overlap in the background; the results land in a layer group named after the run</source>
        <translation>neaspec:overlap をバックグラウンドで実行します。結果は実行名のレイヤグループに追加されます</translation>
    </message>
    <message>
        <source>Habitat and protected hectares per habitat and country (last run)</source>
        <translation>生息地別・国別の生息地面積と保護面積（ha、前回の実行）</translation>
    </message>
    <message>
        <source>3  Corridors: links, gaps, options</source>
        <translation>3  生態回廊：リンク、保護ギャップ、代替案</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, their gaps, and options compared side by side</source>
        <translation>コアエリア間の最小コスト回廊、その保護ギャップ、代替案の並列比較</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>種プロファイル</translation>
    </message>
    <message>
        <source>Resistance of each land-cover class for this species (docs/algorithms/resistance.md); custom uses your cost table</source>
        <translation>この種に対する土地被覆クラスごとの抵抗（docs/algorithms/resistance.md）。「カスタム」では指定したコスト表を使います</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>コスト表</translation>
    </message>
    <message>
        <source>Optional CSV with columns class,cost (land-cover code, cost ≥ 1; empty cost = impassable). Needed for the custom profile</source>
        <translation>class,cost 列を持つ CSV（オプション。土地被覆コード、コスト ≥ 1、コストが空 = 通行不能）。カスタムプロファイルでは必須です</translation>
    </message>
    <message>
        <source>Barrier width</source>
        <translation>障壁の幅</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>コアエリア ID のフィールド</translation>
    </message>
    <message>
        <source>Field of the core areas layer with a unique id for each core</source>
        <translation>コアエリアレイヤで各コアエリアに一意の ID を持つフィールド</translation>
    </message>
    <message>
        <source>Max. distance</source>
        <translation>最大距離</translation>
    </message>
    <message>
        <source>Only core pairs closer than this (straight line, edge to edge, kilometres) are linked</source>
        <translation>これより近い（縁から縁までの直線距離、km）コアエリアのペアだけをリンクします</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Corridor width</source>
        <translation>回廊幅</translation>
    </message>
    <message>
        <source>Corridor width in cost units above the least-cost path (normalized least-cost corridor); 0 uses the algorithm&apos;s default</source>
        <translation>最小コスト経路を上回るコスト単位での回廊幅（正規化最小コスト回廊）。0 はアルゴリズムのデフォルトを使います</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Run resistance and corridors</source>
        <translation>抵抗と回廊を実行</translation>
    </message>
    <message>
        <source>Build the resistance surface from the land cover (and roads), then the corridors between the core areas, in the background</source>
        <translation>土地被覆（と道路）から抵抗サーフェスを作成し、続いてコアエリア間の回廊をバックグラウンドで計算します</translation>
    </message>
    <message>
        <source>Corridor links of the last run, best ranked first</source>
        <translation>前回の実行で得られた回廊リンク（順位の高い順）</translation>
    </message>
    <message>
        <source>Options to compare</source>
        <translation>比較する代替案</translation>
    </message>
    <message>
        <source>Crossings, restorations or new barriers applied to the baseline resistance, compared link by link</source>
        <translation>ベースラインの抵抗に適用する横断施設、復元、新たな障壁。リンクごとに比較します</translation>
    </message>
    <message>
        <source>Tick the option layers to compare with the baseline (each option is named after its layer)</source>
        <translation>ベースラインと比較する代替案レイヤにチェックを入れます（各代替案はそのレイヤ名で呼ばれます）</translation>
    </message>
    <message>
        <source>Compare options</source>
        <translation>代替案を比較</translation>
    </message>
    <message>
        <source>Run neaspec:compare_options with the baseline resistance of the last corridor run and the ticked options</source>
        <translation>前回の回廊計算のベースライン抵抗と、チェックした代替案で neaspec:compare_options を実行します</translation>
    </message>
    <message>
        <source>Least-cost distance per link and option; the change against the baseline in brackets</source>
        <translation>リンク・代替案ごとの最小コスト距離。括弧内はベースラインからの変化</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>地図に表示</translation>
    </message>
    <message>
        <source>Switch the map between the baseline and each option (shows only that option&apos;s layers)</source>
        <translation>ベースラインと各代替案の間で地図を切り替えます（その代替案のレイヤだけを表示）</translation>
    </message>
    <message>
        <source>4  Ramsar candidates</source>
        <translation>4  ラムサール条約湿地候補地</translation>
    </message>
    <message>
        <source>Candidate transboundary Ramsar sites, split into each Party&apos;s component</source>
        <translation>越境ラムサール条約湿地の候補地。締約国ごとの構成部分に分割します</translation>
    </message>
    <message>
        <source>Site field</source>
        <translation>サイトフィールド</translation>
    </message>
    <message>
        <source>Field of the wetlands layer with a unique site key, matching the counts table&apos;s site column (empty: site, else name)</source>
        <translation>湿地レイヤで一意のサイトキーを持つフィールド。カウント表の site 列と一致させます（空欄：site、なければ name）</translation>
    </message>
    <message>
        <source>Link distance</source>
        <translation>リンク距離</translation>
    </message>
    <message>
        <source>Wetlands closer than this (kilometres) across a border are grouped into one candidate site; 0 uses the algorithm&apos;s default</source>
        <translation>国境をはさんでこれより近い（km）湿地を 1 つの候補地にまとめます。0 はアルゴリズムのデフォルトを使います</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>候補地を検索</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_candidates in the background</source>
        <translation>neaspec:ramsar_candidates をバックグラウンドで実行します</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候補地</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>地図上で選択</translation>
    </message>
    <message>
        <source>Click a candidate component on the map to select it in the list</source>
        <translation>地図上で候補地の構成部分をクリックすると、リストで選択されます</translation>
    </message>
    <message>
        <source>Candidate sites of the last run; select one to see its components and evidence and to zoom to it</source>
        <translation>前回の実行で得られた候補地。1 つ選択すると、構成部分と根拠を表示し、そこへズームします</translation>
    </message>
    <message>
        <source>Components of the selected candidate (one per Party), Ramsar criteria and evidence</source>
        <translation>選択した候補地の構成部分（締約国ごとに 1 つ）、ラムサール条約湿地の基準と根拠</translation>
    </message>
    <message>
        <source>Planning maps, attribute reports and the Ramsar designation package</source>
        <translation>計画図、属性レポート、ラムサール条約湿地登録申請パッケージ</translation>
    </message>
    <message>
        <source>Planning map</source>
        <translation>計画図</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Title printed on the map</source>
        <translation>地図に印刷されるタイトル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Map file to write: .pdf, .png or .svg</source>
        <translation>書き出す地図ファイル：.pdf、.png、.svg</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>地図をエクスポート</translation>
    </message>
    <message>
        <source>Run neaspec:planning_map with the visible layers of the project</source>
        <translation>プロジェクトで表示中のレイヤで neaspec:planning_map を実行します</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Report file to write: .xlsx, .csv, .html or .pdf</source>
        <translation>書き出すレポートファイル：.xlsx、.csv、.html、.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>Run neaspec:report on the result tables of this session&apos;s runs</source>
        <translation>このセッションで実行した結果のテーブルに対して neaspec:report を実行します</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>ラムサール申請パッケージ</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候補地</translation>
    </message>
    <message>
        <source>Candidate site to package (from the Ramsar step)</source>
        <translation>パッケージにする候補地（ラムサールのステップから）</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Folder for the package: per Party a shapefile, KML and map PDF, the RIS sheet and a combined map</source>
        <translation>パッケージのフォルダ：締約国ごとのシェープファイル、KML、地図 PDF、RIS シートと、統合地図</translation>
    </message>
    <message>
        <source>Export Ramsar package</source>
        <translation>ラムサール申請パッケージをエクスポート</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_package for the chosen candidate</source>
        <translation>選択した候補地について neaspec:ramsar_package を実行します</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>準備完了。</translation>
    </message>
    <message>
        <source>What the planner is doing</source>
        <translation>プランナーが実行中の処理</translation>
    </message>
    <message>
        <source>Progress of the running step</source>
        <translation>実行中のステップの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the running step; nothing is written or added to the map</source>
        <translation>実行中のステップを停止します。何も書き出されず、地図にも追加されません</translation>
    </message>
    <message>
        <source>Width in metres over which roads and fences add their cost to the resistance; &quot;default&quot; uses the algorithm&apos;s default width</source>
        <translation>道路やフェンスが抵抗にコストを加える幅（m）。「デフォルト」はアルゴリズムのデフォルトの幅を使います</translation>
    </message>
    <message>
        <source>Land-cover tiles</source>
        <translation>土地被覆タイル</translation>
    </message>
    <message>
        <source>Optional: several land-cover tiles (e.g. ESA WorldCover, as downloaded, in lon/lat) or a folder holding them; they replace the land-cover layer and are mosaicked, reprojected and averaged to 100 m cells</source>
        <translation>オプション: 複数の土地被覆タイル（例: ダウンロードしたままの経緯度の ESA WorldCover）またはそれを入れたフォルダ。土地被覆レイヤの代わりに使われ、モザイク・再投影されて 100 m セルに平均されます</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>ピンチポイント</translation>
    </message>
    <message>
        <source>Circuit theory inside the corridors of the last corridor run (neaspec:pinchpoints): the effective resistance of each link, the current map and the pinch points where the corridor is narrow, per country</source>
        <translation>前回の回廊実行の回廊内での回路理論計算（neaspec:pinchpoints）: 各リンクの実効抵抗、電流マップ、回廊が狭くなるピンチポイント（国別）</translation>
    </message>
    <message>
        <source>How well the protected areas of each country, or the wetlands of a flyway, are connected, and which site matters most</source>
        <translation>各国の保護地域や渡りルートの湿地がどれだけ連結しているか、どの地点が最も重要か</translation>
    </message>
    <message>
        <source>Dispersal distance</source>
        <translation>分散距離</translation>
    </message>
    <message>
        <source>Median dispersal distance between protected areas, edge to edge (kilometres): the probability of a link is 0.5 at this distance (JRC: 10 km)</source>
        <translation>保護地域間（縁から縁）の分散距離の中央値（キロメートル）：この距離でリンクの確率が 0.5（JRC：10 km）</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>ISO3 codes of the countries to assess, separated by commas (empty: every country holding a protected area)</source>
        <translation>評価する国の ISO3 コード、カンマ区切り（空欄：保護地域のあるすべての国）</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>国別 ProtConn</translation>
    </message>
    <message>
        <source>Run neaspec:protconn on the protected areas and countries of step 1</source>
        <translation>手順 1 の保護地域と国で neaspec:protconn を実行</translation>
    </message>
    <message>
        <source>Flight distance</source>
        <translation>飛行距離</translation>
    </message>
    <message>
        <source>Distance between wetlands, edge to edge, at which a bird reaches the next site with probability 0.5 (kilometres; cranes: a few hundred km a day)</source>
        <translation>鳥が確率 0.5 で次の湿地に到達する湿地間（縁から縁）の距離（キロメートル；ツル類：1 日に数百 km）</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>渡りルートのネットワーク</translation>
    </message>
    <message>
        <source>Run neaspec:connectivity on the wetlands of step 1 (site field of step 4)</source>
        <translation>手順 1 の湿地で neaspec:connectivity を実行（手順 4 の地点フィールド）</translation>
    </message>
    <message>
        <source>The workshop steps, top to bottom: assign layers, measure overlaps, model corridors, find Ramsar candidates, monitor across borders, export</source>
        <translation>ワークショップの手順（上から順に）: レイヤの割り当て、重なりの計測、回廊のモデル化、ラムサール候補地の探索、国境を越えたモニタリング、書き出し</translation>
    </message>
    <message>
        <source>5  Monitoring: camera traps across borders</source>
        <translation>5  モニタリング: 国境を越えたカメラトラップ</translation>
    </message>
    <message>
        <source>One common survey grid for every country: effort, detections, naive occupancy, monitoring gaps and shared individuals</source>
        <translation>すべての国に共通の 1 つの調査グリッド: 努力量、検出、ナイーブ占有率、モニタリングの空白、共有個体</translation>
    </message>
    <message>
        <source>Camera-trap stations and detections of every side on one fixed grid (the same cells and ids in every country&apos;s run). Choose the stations and detections in step 1 Layers.</source>
        <translation>各側のカメラトラップのステーションと検出記録を 1 つの固定グリッドにまとめます（どの国で実行しても同じセルと ID）。手順 1「レイヤ」でステーションと検出記録を選んでください。</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>セルサイズ</translation>
    </message>
    <message>
        <source>Side of the grid cells in kilometres; every country must use the same size for their grids to match</source>
        <translation>グリッドセルの一辺（キロメートル）。グリッドを一致させるには、すべての国が同じサイズを使う必要があります</translation>
    </message>
    <message>
        <source>Build monitoring grid</source>
        <translation>モニタリンググリッドを作成</translation>
    </message>
    <message>
        <source>Run neaspec:monitoring_grid in the background; the grid (effort and occupancy styles, gaps hatched), the summary and the shared individuals land in a layer group</source>
        <translation>neaspec:monitoring_grid をバックグラウンドで実行します。グリッド（努力量と占有のスタイル、空白は斜線）、集計、共有個体がレイヤグループに入ります</translation>
    </message>
    <message>
        <source>Per country and species: cells surveyed, detected, naive occupancy, individuals, shared individuals and monitoring gaps (last run)</source>
        <translation>国・種ごと: 調査済みセル、検出セル、ナイーブ占有率、個体、共有個体、モニタリングの空白（最新の実行）</translation>
    </message>
    <message>
        <source>6  Export: maps, reports, Ramsar package</source>
        <translation>6  エクスポート：地図、レポート、ラムサール申請パッケージ</translation>
    </message>
    <message>
        <source>7  Connectivity: ProtConn and flyways</source>
        <translation>7  連結性：ProtConn と渡りルート</translation>
    </message>
</context>
<context>
    <name>PlanningMapAlgorithm</name>
    <message>
        <source>Planning map (PDF, PNG, SVG)</source>
        <translation>計画図（PDF、PNG、SVG）</translation>
    </message>
    <message>
        <source>Layers to map (top first)</source>
        <translation>地図に描くレイヤ（上から順）</translation>
    </message>
    <message>
        <source>Layout template (.qpt); empty = bundled page below</source>
        <translation>レイアウトテンプレート（.qpt）。空 = 下の付属ページ</translation>
    </message>
    <message>
        <source>Bundled page</source>
        <translation>付属のページ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>サブタイトル</translation>
    </message>
    <message>
        <source>Map extent</source>
        <translation>地図の領域</translation>
    </message>
    <message>
        <source>Margin around the layers (%)</source>
        <translation>レイヤ周囲の余白（%）</translation>
    </message>
    <message>
        <source>Other data sources (credits)</source>
        <translation>その他のデータ出典（クレジット）</translation>
    </message>
    <message>
        <source>Atlas: one page per feature of</source>
        <translation>地図帳：地物ごとに 1 ページにするレイヤ</translation>
    </message>
    <message>
        <source>Atlas page name field</source>
        <translation>地図帳のページ名フィールド</translation>
    </message>
    <message>
        <source>Resolution (dots per inch; PNG and rasters in PDF)</source>
        <translation>解像度（DPI。PNG と PDF 内のラスタ）</translation>
    </message>
    <message>
        <source>Map file</source>
        <translation>地図ファイル</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 画像 (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>No layers to map: choose at least one layer in LAYERS.</source>
        <translation>地図に描くレイヤがありません。LAYERS で 1 つ以上のレイヤを選択してください。</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>レイヤ「{}」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>レイヤ「{}」に座標参照系がありません。レイヤのプロパティ ▸ ソース で設定してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Styled &apos;{}&apos; with the planner&apos;s style.</source>
        <translation>「{}」にプランナーのスタイルを適用しました。</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .pdf, .png or .svg.</source>
        <translation>出力「{}」の拡張子は .pdf、.png、.svg のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Template: {}</source>
        <translation>テンプレート：{}</translation>
    </message>
    <message>
        <source>Cancelled: no map was written.</source>
        <translation>キャンセルしました。地図は書き出されていません。</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>{} を書き出しました</translation>
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
        <translation>選択したレイヤから、レイアウトテンプレートを使って印刷用の地図を作成します。タイトル、サブタイトル、日付、対象地域を中心とする正積図法の主図、地図に描いたレイヤの凡例、km 単位のスケールバー、方位記号、度単位のラベル付き経緯線、北東アジアの位置図、データの出典（WDPA、Natural Earth、ユーザー独自の出典）、表示された境界が公式のものではない旨の注記を含みます。

レイヤはそのスタイルを保ちます。ファイルから読み込んだレイヤには、種類（国、保護地域、湿地、生息地、コアエリア、道路、土地被覆、回廊…）に応じたプランナーのスタイルが適用されます。
テンプレート：.qpt ファイル。空の場合は付属のページ（A4/A3 の縦または横、16:9 スライド）。
領域：空 = すべてのレイヤの領域に余白を加えたもの（各辺に領域に対するパーセント）。
言語：en、zh、ru、mn、ko、ja の文字とフォント（Noto Sans / Noto Sans CJK）。
地図帳レイヤ：地物ごとに 1 ページ（国、回廊リンク、ラムサール条約湿地候補地ごと）。PDF ではすべてのページが 1 つのファイルに、PNG/SVG では 1 ページごとに 1 ファイルになります（name_002.png …）。
対象地域：ポリゴンレイヤ（調査地域、公園、流域）。地図はすべてのレイヤの概観ページで始まり、続いて地域ごとに、その名前を題名とし、その地域に拡大したページが続きます（ページごとに固有の正積図法、経緯線、縮尺記号）。どのページにも地域の輪郭が描かれます。
出力：.pdf（ベクタ、フォント埋め込み、テキスト選択可）、.png（DPI で指定した解像度）または .svg。</translation>
    </message>
    <message>
        <source>Areas of interest: overview page, then one page per area of</source>
        <translation>対象地域：概観ページの後に地域ごとに 1 ページ（レイヤ）</translation>
    </message>
    <message>
        <source>Area name field (page titles)</source>
        <translation>地域名フィールド（ページの題名）</translation>
    </message>
    <message>
        <source>Choose either an atlas layer or areas of interest, not both.</source>
        <translation>アトラスレイヤか対象地域のどちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>The areas of interest layer &apos;{}&apos; has no features: nothing to make pages of.</source>
        <translation>対象地域レイヤ「{}」に地物がありません。ページを作れません。</translation>
    </message>
</context>
<context>
    <name>ProtConnAlgorithm</name>
    <message>
        <source>Protected-area connectivity per country (ProtConn)</source>
        <translation>国別の保護地域連結性（ProtConn）</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>保護地域</translation>
    </message>
    <message>
        <source>Countries (land polygons)</source>
        <translation>国（陸地ポリゴン）</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国コードのフィールド（デフォルト：ISO3 / ISO_A3 / ADM0_A3 / GID_0）</translation>
    </message>
    <message>
        <source>Countries to assess (ISO3 codes separated by commas; default: all)</source>
        <translation>評価する国（カンマ区切りの ISO3 コード；既定：すべて）</translation>
    </message>
    <message>
        <source>Foreign stepping stones within (m)</source>
        <translation>国外の飛び石とみなす距離（m）</translation>
    </message>
    <message>
        <source>Smallest protected part kept (ha)</source>
        <translation>残す最小の保護部分（ha）</translation>
    </message>
    <message>
        <source>Importance of every node (dPC)</source>
        <translation>各ノードの重要度（dPC）</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>WDPA のポイントを報告面積の円として描く（REP_AREA。近似）</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>計画中の保護地域を含める（WDPA の STATUS が 'Proposed'）</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>国別 ProtConn</translation>
    </message>
    <message>
        <source>ProtConn nodes with their importance (dPC)</source>
        <translation>ProtConn のノードとその重要度（dPC）</translation>
    </message>
    <message>
        <source>{}: Prot {:.2f} %, ProtConn {:.2f} %, ProtConn_Bound {:.2f} % ({} nodes, {} foreign stepping stones).</source>
        <translation>{}：Prot {:.2f} %、ProtConn {:.2f} %、ProtConn_Bound {:.2f} %（ノード {} 個、国外の飛び石 {} 個）。</translation>
    </message>
    <message>
        <source>ProtConn, the indicator of Kunming–Montreal target 3 (Saura et al.; the JRC DOPA method): the share of a country's land that is protected and connected.

PROTECTED: protected-area polygons, filtered as in WDPA analyses (no 'Proposed' or 'Not Reported' sites, no UNESCO-MAB Biosphere Reserves; point sites only with BUFFER_POINTS, as circles of their REP_AREA). They are cut at the borders of COUNTRIES (ISO3 codes from COUNTRY_FIELD), dissolved per country and split into single parts: the nodes; parts below MIN_AREA_HA (ha) are dropped. COUNTRY_CODES: the countries to assess, separated by commas (default: every country holding a protected area).
Protected areas of other countries within TRANSBOUNDARY_DISTANCE (m) of the country are stepping stones with no area of their own — also those touching the border and the outer part of a park that straddles it. Distances are edge to edge in an equal-area projection; p = PROBABILITY at MEDIAN_DISTANCE (JRC: 10 km, 0.5).

SUMMARY, one row per country (all in % of the land area unless named otherwise): land_ha, prot_ha, prot, protconn, protunconn = prot − protconn, relconn = 100 protconn / prot; in % of protconn: protconn_trans (owed to the foreign stepping stones), protconn_prot (within dissolved protected land), protconn_unprot (through unprotected land), protconn_within (within single protected areas) and protconn_contig = protconn_prot − protconn_within (across touching areas); the JRC bound correction: sea_outland (what sea and foreign land cut off), protconn_bound = protconn + sea_outland, protunconn_design = prot − protconn_bound; n_nodes, n_foreign.
NODES: the nodes of each assessment with country (assessed), node_country, a (ha; 0 for stepping stones), foreign (1/0), dPC and rank (1 = the node whose loss costs most) — with NODE_IMPORTANCE (advanced; slow for thousands of protected areas), else dPC is empty and rank 0.</source>
        <translation>ProtConn は昆明・モントリオール目標 3 の指標です（Saura ら；JRC DOPA の方法）：国土のうち保護され、かつ連結している割合。

PROTECTED：保護地域のポリゴン。WDPA の分析と同様に絞り込みます（'Proposed' と 'Not Reported' の地域、UNESCO-MAB 生物圏保存地域は除外。点の地域は BUFFER_POINTS のときだけ REP_AREA の面積の円として）。COUNTRIES の国境で切り（ISO3 コードは COUNTRY_FIELD から）、国ごとに融合して単一パーツに分けたものがノードです。MIN_AREA_HA（ha）未満のパーツは除きます。COUNTRY_CODES：評価する国、カンマ区切り（既定：保護地域のあるすべての国）。
その国から TRANSBOUNDARY_DISTANCE（m）以内にある他国の保護地域は、自身の面積を持たない飛び石として加わります — 国境に接するものや、国境をまたぐ公園の国外部分も含みます。距離は正積図法での縁から縁まで。MEDIAN_DISTANCE で p = PROBABILITY（JRC：10 km、0.5）。

SUMMARY、国ごとに 1 行（特に断らない限り陸地面積に対する %）：land_ha、prot_ha、prot、protconn、protunconn = prot − protconn、relconn = 100 protconn / prot。protconn に対する %：protconn_trans（国外の飛び石による）、protconn_prot（融合した保護地域の内部）、protconn_unprot（保護されていない土地を経由）、protconn_within（個々の保護地域の内部）と protconn_contig = protconn_prot − protconn_within（接する地域どうし）。JRC の境界補正：sea_outland（海と外国の土地が断つ分）、protconn_bound = protconn + sea_outland、protunconn_design = prot − protconn_bound。n_nodes、n_foreign。
NODES：各評価のノードと country（評価対象国）、node_country、a（ha；飛び石は 0）、foreign（1/0）、dPC と rank（1 = 失うと損失が最も大きいノード）。
dPC と rank は NODE_IMPORTANCE（詳細設定；保護地域が数千あると遅い）のときだけ計算し、それ以外は dPC が空、rank が 0 です。</translation>
    </message>
</context>
<context>
    <name>RamsarCandidatesAlgorithm</name>
    <message>
        <source>Ramsar candidates (transboundary)</source>
        <translation>ラムサール条約湿地候補地（越境）</translation>
    </message>
    <message>
        <source>Finds candidate Ramsar sites in a wetland layer and splits each into one component per Party (country), with the figures a Ramsar Information Sheet asks for.

Wetlands (and existing Ramsar sites and, optionally, protected areas) closer than the link distance (metres) form one candidate complex; its boundary is the union of its members, optionally joined across narrow gaps by a closing distance (metres) that never reaches outside the members' convex hull or into the sea unless you allow it. The boundary is cut by the countries into national components.

Each component gets: candidate id (C01, C02… west to east), party (ISO3), area_ha (hectares, equal-area projection), centroid_lat/centroid_lon (WGS84 degrees; a point on the surface when the centroid falls outside), extends_abroad (1 when the candidate has components in other countries), adjacent_ramsar (designated Ramsar sites of another Party within the adjacency distance, with their number), criteria (e.g. 2,5,6) and evidence.

Criteria come from the optional tables: COUNTS (site, species, season, count — site as in the wetlands' site field), THRESHOLDS (species, population, threshold_1pct or estimate; thresholds are computed from the estimate with the Waterbird Population Estimates rounding rule: 1 % rounded to the nearest 1 up to 10, 5 up to 100, 10 up to 1,000, 100 above; populations of 2,000,000 or more → 20,000) and SPECIES (species, scientific_name, redlist_category). Criterion 5: 20,000 waterbirds or more regularly; Criterion 6: 1 % of a population regularly; Criterion 2: a VU, EN or CR species counted. &quot;Regularly&quot; (unverified reading of the Ramsar glossary): reached in two thirds of the seasons with counts, with at least 3 seasons; or the mean of the seasonal maxima over at least 5 seasons. Bad table rows (text in numeric columns, negative counts, unknown species or sites) are rejected and listed with their line numbers (header = line 1) in the log.

SUMMARY: one row per candidate (candidate, parties, area_ha, n_members, criteria, evidence). Candidates are illustrative, not official boundaries.</source>
        <translation>湿地レイヤからラムサール条約湿地の候補地を探し、各候補地を締約国（国）ごとの構成部分に分割して、ラムサール条約湿地情報票（RIS）が求める数値を付けます。

リンク距離（m）より近い湿地（および既存のラムサール条約湿地と、オプションで保護地域）は 1 つの候補複合体になります。その境界は構成要素の和集合で、オプションでクロージング距離（m）により狭い隙間を越えてつなぐことができます。ただし、許可しない限り、構成要素の凸包の外や海には広がりません。境界は国によって国別の構成部分に分割されます。

各構成部分には次の値が付きます：候補地 ID（C01、C02… 西から東へ）、party（ISO3）、area_ha（ヘクタール、正積図法）、centroid_lat/centroid_lon（WGS84 の度。重心がポリゴンの外に落ちる場合は内部の点）、extends_abroad（候補地が他国にも構成部分を持つ場合は 1）、adjacent_ramsar（隣接距離内にある他の締約国の登録済みラムサール条約湿地とその番号）、criteria（例：2,5,6）、evidence（根拠）。

基準はオプションの表から判定します：COUNTS（site、species、season、count。site は湿地のサイトフィールドと同じ）、THRESHOLDS（species、population、threshold_1pct または estimate。閾値は estimate から水鳥個体群推定値（Waterbird Population Estimates）の丸め規則で計算します：1 % を 10 までは 1 単位、100 までは 5 単位、1,000 までは 10 単位、それを超えると 100 単位で丸め、個体数が 2,000,000 以上の個体群は → 20,000）、SPECIES（species、scientific_name、redlist_category）。基準 5：20,000 羽以上の水鳥を定期的に支える。基準 6：ある個体群の 1 % を定期的に支える。基準 2：VU、EN、CR の種が記録されている。「定期的に」（ラムサール条約用語集の未検証の解釈）：カウントのあるシーズンの 3 分の 2 以上で達し、かつ 3 シーズン以上ある場合、または 5 シーズン以上の季節最大値の平均が達する場合。不正な行（数値列の文字、負のカウント、不明な種やサイト）は除外され、行番号（ヘッダー = 1 行目）とともにログに示されます。

SUMMARY：候補地ごとに 1 行（candidate、parties、area_ha、n_members、criteria、evidence）。候補地は例示であり、公式の境界ではありません。</translation>
    </message>
    <message>
        <source>Wetlands (polygons)</source>
        <translation>湿地（ポリゴン）</translation>
    </message>
    <message>
        <source>Site key field (matches the counts&apos; site column; default: site, else name)</source>
        <translation>サイトキーのフィールド（カウント表の site 列と一致。デフォルト：site、なければ name）</translation>
    </message>
    <message>
        <source>Countries (polygons)</source>
        <translation>国（ポリゴン）</translation>
    </message>
    <message>
        <source>Country ISO3 field (default: detect ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>国の ISO3 フィールド（デフォルト：ISO3 / ISO_A3 / ADM0_A3 / GID_0 を自動検出）</translation>
    </message>
    <message>
        <source>Designated Ramsar sites (polygons)</source>
        <translation>登録済みラムサール条約湿地（ポリゴン）</translation>
    </message>
    <message>
        <source>Waterbird counts table (site, species, season, count)</source>
        <translation>水鳥カウント表（site、species、season、count）</translation>
    </message>
    <message>
        <source>1 % thresholds table (species, population, threshold_1pct or estimate)</source>
        <translation>1 % 閾値の表（species、population、threshold_1pct または estimate）</translation>
    </message>
    <message>
        <source>Link distance between wetlands of one complex (m)</source>
        <translation>1 つの複合体に含める湿地間のリンク距離（m）</translation>
    </message>
    <message>
        <source>Protected areas to include as members (polygons)</source>
        <translation>構成要素として含める保護地域（ポリゴン）</translation>
    </message>
    <message>
        <source>Closing distance across narrow gaps (m; 0 = plain union)</source>
        <translation>狭い隙間を越えるクロージング距離（m。0 = 単純な和集合）</translation>
    </message>
    <message>
        <source>Let the closing reach outside the members&apos; convex hull</source>
        <translation>クロージングが構成要素の凸包の外に広がることを許可する</translation>
    </message>
    <message>
        <source>Let the closing reach into the sea (outside every country)</source>
        <translation>クロージングが海（どの国にも属さない範囲）に広がることを許可する</translation>
    </message>
    <message>
        <source>Adjacency distance to another Party&apos;s Ramsar site (m)</source>
        <translation>他の締約国のラムサール条約湿地までの隣接距離（m）</translation>
    </message>
    <message>
        <source>Species table (species, scientific_name, redlist_category)</source>
        <translation>種の表（species、scientific_name、redlist_category）</translation>
    </message>
    <message>
        <source>&quot;Regularly&quot; rule (unverified reading of the Ramsar glossary)</source>
        <translation>「定期的に」の規則（ラムサール条約用語集の未検証の解釈）</translation>
    </message>
    <message>
        <source>Reached in 2/3 of the seasons with counts</source>
        <translation>カウントのあるシーズンの 2/3 で達する</translation>
    </message>
    <message>
        <source>Mean of seasonal maxima reaches the level</source>
        <translation>季節最大値の平均が水準に達する</translation>
    </message>
    <message>
        <source>Minimum seasons with counts (2/3 rule: 3; mean rule: 5)</source>
        <translation>カウントのある最低シーズン数（2/3 規則：3、平均規則：5）</translation>
    </message>
    <message>
        <source>Ramsar candidate components</source>
        <translation>ラムサール条約湿地候補地の構成部分</translation>
    </message>
    <message>
        <source>Ramsar candidate summary</source>
        <translation>ラムサール条約湿地候補地の集計</translation>
    </message>
    <message>
        <source>Number of candidates</source>
        <translation>候補地の数</translation>
    </message>
    <message>
        <source>Number of national components</source>
        <translation>国別構成部分の数</translation>
    </message>
    <message>
        <source>Table rows rejected</source>
        <translation>除外された表の行</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>レイヤを読み込み中…</translation>
    </message>
    <message>
        <source>{} table rows were rejected (listed above with their line numbers); the other rows were used.</source>
        <translation>表の {} 行を除外しました（行番号は上に示しています）。他の行は使用しました。</translation>
    </message>
    <message>
        <source>No candidate complex found: the outputs are empty.</source>
        <translation>候補複合体は見つかりませんでした。出力は空です。</translation>
    </message>
    <message>
        <source>Shapefile output: field names are cut to 10 characters and texts to 254 bytes; use a GeoPackage to keep the full evidence.</source>
        <translation>シェープファイルで出力：フィールド名は 10 文字、テキストは 254 バイトに切り詰められます。根拠を完全に残すには GeoPackage を使ってください。</translation>
    </message>
</context>
<context>
    <name>RamsarPackageAlgorithm</name>
    <message>
        <source>Ramsar designation package</source>
        <translation>ラムサール条約湿地登録申請パッケージ</translation>
    </message>
    <message>
        <source>Writes the files an Administrative Authority needs to propose its part of a candidate (transboundary) Ramsar site, from the output of &apos;Ramsar candidates (transboundary)&apos;.

For the chosen candidate id (e.g. C02) it creates the folder &lt;id&gt;_&lt;name&gt; in the output folder with one sub-folder per Party (ISO3 code) holding: the boundary as a shapefile in WGS84 (EPSG:4326; .shp .shx .dbf .prj .cpg, UTF-8, field names of at most 10 characters) and as KML; an A4 map (PDF) of the Party&apos;s component with the other Parties&apos; components in grey, graticule in degrees, scale bar in km, north arrow, locator, legend, sources and the statement that the boundary is not official; and a Ramsar Information Sheet field sheet (XLSX and HTML) with the site names in the Party&apos;s language and English, the central coordinates, the area calculated from the GIS boundary in hectares, an empty column for the official area, the two border questions (does the site extend into another country; is it adjacent to another Party&apos;s Ramsar site) and the criteria met with their evidence. At the top level: a combined transboundary map (PDF), a components table (XLSX, HTML) and README.txt.

Language: &apos;auto&apos; labels each Party&apos;s files in English and that Party&apos;s language. Countries (optional) draw the background and the locator. File names are ASCII and safe on Windows; the package is built in a temporary folder and moved into place only when complete (an existing package of the same candidate is replaced).</source>
        <translation>「ラムサール条約湿地候補地（越境）」の出力から、行政当局が（越境）ラムサール条約湿地候補地のうち自国の部分を提案するために必要なファイルを書き出します。

選択した候補地 ID（例：C02）について、出力フォルダに &lt;id&gt;_&lt;name&gt; フォルダを作成し、締約国（ISO3 コード）ごとのサブフォルダに次のファイルを収めます：WGS84（EPSG:4326）のシェープファイル（.shp .shx .dbf .prj .cpg、UTF-8、フィールド名は 10 文字以内）と KML による境界。その締約国の構成部分の A4 地図（PDF。他の締約国の構成部分は灰色で、度単位の経緯線、km 単位のスケールバー、方位記号、位置図、凡例、出典、境界が公式のものではない旨の注記付き）。ラムサール条約湿地情報票の記入シート（XLSX と HTML。その締約国の言語と英語による湿地名、中心座標、GIS の境界から計算した面積（ヘクタール）、公式面積用の空欄、国境に関する 2 つの質問（湿地が他国に及ぶか、他の締約国のラムサール条約湿地に隣接するか）、満たす基準とその根拠）。最上位には、越境統合地図（PDF）、構成部分の表（XLSX、HTML）、README.txt を置きます。

言語：'auto' では各締約国のファイルに英語とその締約国の言語でラベルを付けます。国（オプション）は背景と位置図を描きます。ファイル名は ASCII で、Windows でも問題ありません。パッケージは一時フォルダで作成し、完成してから所定の場所へ移動します（同じ候補地の既存のパッケージは置き換えられます）。</translation>
    </message>
    <message>
        <source>Ramsar candidate components (output of Ramsar candidates)</source>
        <translation>ラムサール条約湿地候補地の構成部分（「ラムサール条約湿地候補地」の出力）</translation>
    </message>
    <message>
        <source>Candidate id (e.g. C02; empty when the layer holds only one candidate)</source>
        <translation>候補地 ID（例：C02。レイヤに候補地が 1 つしかない場合は空欄）</translation>
    </message>
    <message>
        <source>Second language of the labels</source>
        <translation>ラベルの第 2 言語</translation>
    </message>
    <message>
        <source>Each Party&apos;s own language</source>
        <translation>各締約国の言語</translation>
    </message>
    <message>
        <source>Countries for the map background and locator (polygons)</source>
        <translation>地図の背景と位置図に使う国（ポリゴン）</translation>
    </message>
    <message>
        <source>Sources statement printed on the maps</source>
        <translation>地図に印刷する出典の記載</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダ</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>パッケージのフォルダ</translation>
    </message>
    <message>
        <source>Number of files written</source>
        <translation>書き出したファイルの数</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>出力フォルダを選択してください。</translation>
    </message>
    <message>
        <source>Layer CANDIDATES has no coordinate reference system.</source>
        <translation>レイヤ CANDIDATES に座標参照系がありません。</translation>
    </message>
    <message>
        <source>Candidate boundaries computed with NEASPEC Planner (neaspec:ramsar_candidates) from the user&apos;s layers ({}); illustrative, not official.</source>
        <translation>候補地の境界は NEASPEC Planner（neaspec:ramsar_candidates）によりユーザーのレイヤ（{}）から計算したもので、例示であり公式のものではありません。</translation>
    </message>
    <message>
        <source>No COUNTRIES given: the bundled Natural Earth countries of North-East Asia are drawn as background and locator.</source>
        <translation>COUNTRIES が指定されていません。付属の Natural Earth の北東アジア諸国を背景と位置図に描きます。</translation>
    </message>
    <message>
        <source> Country outlines: Natural Earth 1:10m (public domain).</source>
        <translation>国の輪郭：Natural Earth 1:10m（パブリックドメイン）。</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <source>Attribute report (XLSX, CSV, HTML, PDF)</source>
        <translation>属性レポート（XLSX、CSV、HTML、PDF）</translation>
    </message>
    <message>
        <source>Writes the attribute tables of result layers and tables as a report for national reporting.

Column headings carry units: area_ha → Area (ha), protected_pct → Protected (%), *_m → metres (shown in km in HTML/PDF when the distances are long); the original field name is kept (second header row in XLSX, [field] in CSV, a list of columns in HTML/PDF).
XLSX: one sheet per table, formatted and frozen header, numbers stay numbers, plus a sheet listing the columns and units.
CSV: UTF-8, one file per table (the first at the output path, the others beside it). The Excel-friendly option adds a byte-order mark and, for languages that write a decimal comma (ru, mn…), uses ';' between columns and ',' in numbers.
HTML: a single file that opens offline (no external resources): sortable tables, a bar chart of the protected share per country (tables with a country column and protected_pct) and a map thumbnail of each spatial layer.
PDF: A4, selectable text, same content as the HTML.
Language: headings, number and date formats (en, zh, ru, mn, ko, ja).</source>
        <translation>結果のレイヤとテーブルの属性テーブルを、国別報告用のレポートとして書き出します。

列見出しには単位が付きます：area_ha → 面積（ha）、protected_pct → 保護率（%）、*_m → メートル（距離が長い場合は HTML/PDF で km 表示）。元のフィールド名も残ります（XLSX では 2 行目の見出し、CSV では [field]、HTML/PDF では列の一覧）。
XLSX：テーブルごとに 1 シート。見出しは書式設定して固定し、数値は数値のまま。さらに列と単位の一覧シートが付きます。
CSV：UTF-8、テーブルごとに 1 ファイル（最初のものは出力パスに、他はその隣に）。Excel 向けオプションではバイトオーダーマーク（BOM）を付け、小数点にコンマを使う言語（ru、mn…）では列の区切りに ';'、数値に ',' を使います。
HTML：オフラインで開ける単一ファイル（外部リソースなし）。並べ替え可能な表、国別の保護率の棒グラフ（国の列と protected_pct を持つ表）、各空間レイヤの地図サムネイルを含みます。
PDF：A4、テキスト選択可、内容は HTML と同じ。
言語：見出し、数値と日付の書式（en、zh、ru、mn、ko、ja）。</translation>
    </message>
    <message>
        <source>Layers and tables</source>
        <translation>レイヤとテーブル</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>レポートのタイトル</translation>
    </message>
    <message>
        <source>CSV for Excel (BOM, locale separator)</source>
        <translation>Excel 用 CSV（BOM、ロケールに応じた区切り文字）</translation>
    </message>
    <message>
        <source>Map thumbnails in HTML/PDF</source>
        <translation>HTML/PDF に地図のサムネイルを入れる</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No layer or table to report: choose at least one in INPUT.</source>
        <translation>レポートにするレイヤやテーブルがありません。INPUT で 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .xlsx, .csv, .html or .pdf.</source>
        <translation>出力「{}」の拡張子は .xlsx、.csv、.html、.pdf のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>レイヤ「{}」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>{} を書き出しました</translation>
    </message>
</context>
<context>
    <name>ResistanceAlgorithm</name>
    <message>
        <source>Resistance surface (species profile)</source>
        <translation>抵抗サーフェス（種プロファイル）</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>種プロファイル</translation>
    </message>
    <message>
        <source>Cost table (CSV class,cost; required for custom)</source>
        <translation>コスト表（CSV class,cost。custom では必須）</translation>
    </message>
    <message>
        <source>Barriers (roads, railways, fences)</source>
        <translation>障壁（道路、鉄道、フェンス）</translation>
    </message>
    <message>
        <source>Barrier width (m)</source>
        <translation>障壁の幅（m）</translation>
    </message>
    <message>
        <source>Barrier cost field</source>
        <translation>障壁コストのフィールド</translation>
    </message>
    <message>
        <source>Default barrier cost (lines without cost or known type)</source>
        <translation>障壁コストのデフォルト値（コストも既知のタイプもないライン）</translation>
    </message>
    <message>
        <source>Treat classes missing from the table as impassable</source>
        <translation>表にないクラスを通行不能として扱う</translation>
    </message>
    <message>
        <source>Resistance (cost ≥ 1, nodata = impassable)</source>
        <translation>抵抗（コスト ≥ 1、nodata = 通行不能）</translation>
    </message>
    <message>
        <source>The resistance raster is written as GeoTIFF: give the output a .tif name (got &apos;{}&apos;).</source>
        <translation>抵抗ラスタは GeoTIFF で書き出されます。出力に .tif の名前を指定してください（指定された名前：「{}」）。</translation>
    </message>
    <message>
        <source>Profile '{}': its costs are expert defaults (ED) — adjust them for your region (copy resources/profiles/{}.csv and give it as TABLE).</source>
        <translation>プロファイル「{}」：コストは専門家によるデフォルト値（ED）です。対象地域に合わせて調整してください（resources/profiles/{}.csv をコピーし、TABLE として指定）。</translation>
    </message>
    <message>
        <source>{} barrier feature(s) read from &apos;{}&apos;.</source>
        <translation>{} 個の障壁地物を「{}」から読み込みました。</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>キャンセルしました。出力は書き込まれていません。</translation>
    </message>
    <message>
        <source>Resistance {} × {} cells: cost {} – {}, {} nodata (impassable) cell(s).</source>
        <translation>抵抗 {} × {} セル：コスト {} – {}、nodata（通行不能）セル {} 個。</translation>
    </message>
    <message>
        <source>Land cover (class raster, or several tiles such as ESA WorldCover)</source>
        <translation>土地被覆（クラスラスタ、または ESA WorldCover などの複数タイル）</translation>
    </message>
    <message>
        <source>Elevation (DEM, m; one raster or several tiles) for the slope/ruggedness term</source>
        <translation>標高（DEM、m。ラスタ 1 枚または複数タイル）傾斜・起伏度の項に使用</translation>
    </message>
    <message>
        <source>Aggregate fine cells (mean = average of their costs; mode = majority class)</source>
        <translation>細かいセルの集約（mean = コストの平均、mode = 多数派クラス）</translation>
    </message>
    <message>
        <source>Analysis cell size (m; default: the land cover&apos;s when projected, else 100)</source>
        <translation>解析セルサイズ（m。デフォルト: 土地被覆が投影済みならそのセル、それ以外は 100）</translation>
    </message>
    <message>
        <source>Target CRS (default: equal-area centred on the extent)</source>
        <translation>出力座標系（デフォルト: 範囲の中心に置いた正積座標系）</translation>
    </message>
    <message>
        <source>Extent (default: the land-cover tiles&apos;)</source>
        <translation>範囲（デフォルト: 土地被覆タイルの範囲）</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>ラスタ「{}」は GDAL で読み込めるファイルではありません。先に GeoTIFF として保存してください。</translation>
    </message>
    <message>
        <source>Turns a land-cover raster into a resistance (cost) raster for least-cost corridors: each cell gets the cost of crossing it for the chosen species, from 1 (easiest) upwards; impassable or unknown cells are nodata (-9999).

&lt;b&gt;The species profiles are expert defaults (ED), not published values: adjust them to your region before using results.&lt;/b&gt; No published class-to-resistance table for these species could be read; the bundled tables (folder resources/profiles of the plugin) give for each number only the direction of effect from qualitative findings and their sources.

Land cover: ESA WorldCover 10 m classes (10 tree cover … 100 moss and lichen; 0 = no data) for the species profiles, or any integer class raster with your own TABLE. LANDCOVER may be several tiles (e.g. ESA WorldCover 3° tiles in EPSG:4326, as downloaded) or a folder of them, in any CRS: they are mosaicked (a VRT), reprojected to TARGET_CRS (default: the Lambert azimuthal equal-area CRS centred on EXTENT) at CELL_SIZE metres (default: the cell of a single projected raster, else 100) over EXTENT (default: the tiles' extent). AGGREGATE mean (default): the cost of every fine cell is looked up first, then averaged over each analysis cell, nodata cells left out; a cell whose fine cells are mostly impassable is impassable. AGGREGATE mode: the majority class of the fine cells, then its cost. The tiles are read block by block within a memory budget printed first; parts of the extent that no tile covers are nodata and reported, with the names of the tiles to add. DEM may be several tiles too: slope and ruggedness are computed in metres on the analysis grid.
Profiles: amur_tiger, amur_leopard, snow_leopard, crane (cranes on foot: chicks or moult; flight between wetlands is not a cost-surface problem), custom (TABLE required).
TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'); lines starting with # are comments. Given with a species profile it replaces that profile's land-cover costs. Classes present in the raster but missing from the table stop the run with their list, unless you treat them as impassable. WorldCover does not separate forest types, paddy from dry cropland, or tidal flats (class 60/80): check those classes.
BARRIERS: roads, railways, fences as lines, burned BARRIER_WIDTH metres wide (all cells the buffered line touches) with the larger of the barrier and land-cover cost. Each line's cost comes from a number in BARRIER_FIELD (default 'cost'; 'impassable' makes it nodata), else from its OSM type (highway, railway, barrier, type or fclass field: motorway 1000, trunk/primary 500, secondary 200, tertiary 80, track 20, rail 300, fence 1000 for tigers — all ED), else BARRIER_COST (lines with no cost and no type: 1000 if BARRIER_COST is empty).
DEM (optional, metres; resampled onto the land-cover grid if needed): tiger and leopard cost ×1.5 on slopes of 30–45° and ×3 above 45°; cranes ×5 above 5°; snow leopard cost lowered in rugged terrain, R × (1 − 0.5·min(TRI/TRI_p90, 1)), never below 1. All ED.</source>
        <translation>土地被覆ラスタを、最小コスト回廊用の抵抗（コスト）ラスタに変換します。各セルには、選択した種がそのセルを横断するコストが 1（最も容易）以上の値で入ります。通行不能または不明なセルは nodata（-9999）です。

&lt;b&gt;種プロファイルは専門家によるデフォルト値（ED）であり、公表値ではありません。結果を使う前に対象地域に合わせて調整してください。&lt;/b&gt;これらの種について、クラスと抵抗を対応させた公表済みの表は入手できませんでした。付属の表（プラグインの resources/profiles フォルダ）は、各数値について定性的な知見が示す影響の方向とその出典だけを示しています。

土地被覆：種プロファイルでは ESA WorldCover 10 m のクラス（10 樹木被覆 … 100 コケ・地衣類、0 = データなし）、または独自の TABLE と組み合わせた任意の整数クラスラスタを使います。LANDCOVER には複数のタイル（例: ダウンロードしたままの EPSG:4326 の ESA WorldCover 3° タイル）またはそれを入れたフォルダを指定でき、座標系は問いません。タイルはモザイク（VRT）にまとめられ、TARGET_CRS（デフォルト: EXTENT の中心に置いたランベルト正積方位図法）へ、CELL_SIZE メートルのセル（デフォルト: 投影済みラスタ 1 枚ならそのセル、それ以外は 100）で、EXTENT（デフォルト: タイルの範囲）にわたって再投影されます。AGGREGATE mean（デフォルト）: まず細かいセルごとにコストを引き、解析セルごとに平均します（nodata セルは除外）。細かいセルの大半が通行不能なセルは通行不能です。AGGREGATE mode: 細かいセルの多数派クラスを選び、そのコストを使います。タイルは最初に表示されるメモリ予算の範囲内でブロックごとに読み込まれます。どのタイルも覆っていない部分は nodata となり、追加すべきタイル名とともに報告されます。DEM も複数のタイルにでき、傾斜と起伏度は解析グリッド上でメートル単位で計算されます。
プロファイル：amur_tiger（アムールトラ）、amur_leopard（アムールヒョウ）、snow_leopard（ユキヒョウ）、crane（地上を移動するツル：ヒナや換羽期。湿地間の飛翔はコストサーフェスの問題ではありません）、custom（カスタム。TABLE が必須）。
TABLE：class,cost 列を持つ CSV ファイル（cost ≥ 1 または 'impassable'）。# で始まる行はコメントです。種プロファイルと一緒に指定すると、そのプロファイルの土地被覆コストを置き換えます。ラスタにあって表にないクラスがあると、その一覧を示して実行を中止します（通行不能として扱う設定にした場合を除く）。WorldCover は森林のタイプ、水田と畑、干潟（クラス 60/80）を区別しないので、これらのクラスを確認してください。
BARRIERS：道路、鉄道、フェンスのライン。BARRIER_WIDTH m の幅で焼き込み（バッファしたラインが接するすべてのセル）、障壁と土地被覆のコストのうち大きい方を使います。各ラインのコストは BARRIER_FIELD の数値（デフォルト 'cost'。'impassable' は nodata）、なければ OSM のタイプ（highway、railway、barrier、type、fclass フィールド：motorway 1000、trunk/primary 500、secondary 200、tertiary 80、track 20、rail 300、トラに対する fence 1000。すべて ED）、それもなければ BARRIER_COST（コストもタイプもないライン。BARRIER_COST が空なら 1000）から取ります。
DEM（オプション、m。必要に応じて土地被覆のグリッドにリサンプリング）：トラとヒョウは傾斜 30–45° でコスト ×1.5、45° 超で ×3。ツルは 5° 超で ×5。ユキヒョウは起伏の大きい地形でコストを下げ、R × (1 − 0.5·min(TRI/TRI_p90, 1))、ただし 1 未満にはしません。すべて ED。</translation>
    </message>
</context>
</TS>
