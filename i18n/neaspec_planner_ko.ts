<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmChain</name>
    <message>
        <source>Running {} ({}/{})…</source>
        <translation>{} 실행 중 ({}/{})…</translation>
    </message>
    <message>
        <source>The algorithm failed; see the log.</source>
        <translation>알고리즘이 실패했습니다. 로그를 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>CompareOptionsAlgorithm</name>
    <message>
        <source>Compare corridor options</source>
        <translation>생태통로 대안 비교</translation>
    </message>
    <message>
        <source>Runs the least-cost corridors (as in 'Least-cost corridors and gaps') on a BASELINE resistance and on each option, for the workshop side-by-side.

OPTIONS: layers, each named by its layer name. A raster is an alternative resistance (resampled onto the baseline grid if needed). A line or polygon layer is applied to a copy of the baseline: a numeric 'cost' field sets the cost of every cell the features touch ('impassable' blocks them); otherwise a 'type' field: crossing and restoration lower the cost to the baseline's lowest cost (normally 1), barrier makes the cells impassable. A layer with neither field is taken by its name (a name with 'crossing', 'restor', 'barrier' or 'fence').
MAX_DISTANCE (m) and CORRIDOR_WIDTH (cost × m) as in the corridors tool; PROTECTED and COUNTRIES (optional) make gap_ha the corridor area outside protected areas.

TABLE: one row per link and option (the baseline included) with link (from-to core ids), option, lcd (cost × m), lcd_change_pct (against the baseline; negative = easier), cwd_to_euclid and gap_ha. CHANGES: a folder with one GeoTIFF per option, changes_&lt;option&gt;.tif: +1 corridor gained, −1 corridor lost, 0 corridor in both, nodata elsewhere.</source>
        <translation>기준(BASELINE) 저항과 각 대안에 대해 최소비용 생태통로('최소비용 생태통로와 보호 공백'과 동일한 방법)를 계산하여 워크숍에서 나란히 비교할 수 있게 합니다.

OPTIONS: 레이어 이름으로 구분되는 대안 레이어들입니다. 래스터는 대체 저항 래스터로 사용됩니다(필요하면 기준 격자에 맞게 리샘플링). 라인 또는 폴리곤 레이어는 기준 저항의 복사본에 적용됩니다. 숫자형 'cost' 필드가 있으면 객체가 닿는 모든 셀의 비용을 그 값으로 정하고('impassable'이면 통행 불가), 없으면 'type' 필드를 봅니다. crossing(횡단 시설)과 restoration(복원)은 비용을 기준 저항의 최저 비용(보통 1)으로 낮추고, barrier(장벽)는 셀을 통행 불가로 만듭니다. 두 필드가 모두 없는 레이어는 이름으로 판단합니다('crossing', 'restor', 'barrier', 'fence'가 들어간 이름).
MAX_DISTANCE(m)와 CORRIDOR_WIDTH(비용 × m)는 생태통로 도구와 같습니다. PROTECTED와 COUNTRIES(선택 사항)를 주면 gap_ha는 보호지역 밖의 생태통로 면적이 됩니다.

TABLE: 연결과 대안(기준 포함)마다 한 행이며, link(시작-끝 핵심지역 ID), option, lcd(비용 × m), lcd_change_pct(기준 대비, 음수 = 이동이 쉬워짐), cwd_to_euclid, gap_ha 필드가 있습니다. CHANGES: 대안마다 GeoTIFF 하나(changes_&lt;option&gt;.tif)를 담은 폴더입니다. +1 생태통로 추가, −1 생태통로 소실, 0 양쪽 모두 생태통로, 그 밖은 NODATA입니다.</translation>
    </message>
    <message>
        <source>Baseline resistance raster (cost per metre, projected CRS)</source>
        <translation>기준 저항 래스터 (미터당 비용, 투영 좌표계)</translation>
    </message>
    <message>
        <source>Options (resistance rasters, or crossings / restorations / barriers layers)</source>
        <translation>대안 (저항 래스터, 또는 횡단 시설 / 복원 / 장벽 레이어)</translation>
    </message>
    <message>
        <source>Comparison table (link × option)</source>
        <translation>비교 테이블 (연결 × 대안)</translation>
    </message>
    <message>
        <source>Folder for the change rasters (one per option)</source>
        <translation>변화 래스터 폴더 (대안마다 하나)</translation>
    </message>
    <message>
        <source>Option raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>대안 래스터 '{}'은(는) GDAL이 읽을 수 있는 파일이 아닙니다. 먼저 GeoTIFF로 저장하십시오.</translation>
    </message>
    <message>
        <source>Option layer &apos;{}&apos; has no coordinate reference system.</source>
        <translation>대안 레이어 '{}'에 좌표계가 없습니다.</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; is neither a raster nor a vector layer.</source>
        <translation>대안 '{}'은(는) 래스터 레이어도 벡터 레이어도 아닙니다.</translation>
    </message>
    <message>
        <source>{} option(s) compared on {} link(s).</source>
        <translation>대안 {}개를 연결 {}개에서 비교했습니다.</translation>
    </message>
</context>
<context>
    <name>ConnectivityAlgorithm</name>
    <message>
        <source>Network connectivity (PC, IIC, dPC)</source>
        <translation>네트워크 연결성 (PC, IIC, dPC)</translation>
    </message>
    <message>
        <source>How well a network of patches (habitat patches, protected areas, wetland sites of a flyway) is connected, and which patch matters most — the probability of connectivity (PC) and the integral index of connectivity (IIC) of Saura et al., as Conefor computes them.

PATCHES: polygons; features with the same PATCH_ID form one node. ATTRIBUTE (optional, ≥ 0): the node weight a; default the area in ha. DISTANCE: edge (between the polygons, 0 when they touch) or centroid (of the largest part). Distances and areas are metres and hectares in an equal-area projection (EPSG:4326 input is reprojected).
Kernel: p = PROBABILITY at MEDIAN_DISTANCE (m), p_ij = p^(d_ij/d). MIN_PROBABILITY: pairs below it are not linked (0 = no cut-off; pairs below 1e-12 never are; 0.01 reproduces Makurhini). IIC_DISTANCE (m, default MEDIAN_DISTANCE): patches at most this far apart are linked for IIC.
LANDSCAPE_AREA (ha) or STUDY_AREA (polygons) give A_L; default the patches' area sum.

NODES: the patches with a, country (with COUNTRIES), dPC = dPCintra + dPCflux + dPCconnector (% of PC lost without the patch: its own area, its flow with the others, its role as a stepping stone), the same for dIIC, and rank (1 = highest dPC). LINKS: lines between linked pairs with distance_m and p. SUMMARY: one row per metric (PC, IIC): numerator, index, ec (equivalent connected area, ha), landscape (A_L), intra_pct, direct_pct, step_pct (they add up to 100) and n_nodes.

Every pair is solved with compiled shortest paths on −ln p, and every node's dPC without solving the network again for each node (docs/algorithms/connectivity.md).</source>
        <translation>패치 네트워크(서식지 패치, 보호지역, 철새 이동 경로의 습지)가 얼마나 잘 연결되어 있고 어느 패치가 가장 중요한지 — Saura 등의 연결 확률(PC)과 통합 연결성 지수(IIC)를 Conefor와 같은 방식으로 계산합니다.

PATCHES: 폴리곤; PATCH_ID가 같은 객체는 하나의 노드가 됩니다. ATTRIBUTE(선택, ≥ 0): 노드 가중치 a; 기본값은 면적(ha). DISTANCE: edge(폴리곤 사이 거리, 맞닿으면 0) 또는 centroid(가장 큰 부분의 중심). 거리와 면적은 등적 투영에서 미터와 헥타르로 계산합니다(EPSG:4326 입력은 재투영).
커널: MEDIAN_DISTANCE(m)에서의 확률 p = PROBABILITY, p_ij = p^(d_ij/d). MIN_PROBABILITY: 이보다 낮은 쌍은 연결하지 않습니다(0 = 절단 없음; 1e-12 미만인 쌍은 항상 연결하지 않음; 0.01은 Makurhini와 같음). IIC_DISTANCE(m, 기본값 MEDIAN_DISTANCE): 이 거리 이내의 패치는 IIC에서 연결됩니다.
LANDSCAPE_AREA(ha) 또는 STUDY_AREA(폴리곤)가 A_L을 정합니다; 기본값은 패치 면적의 합.

NODES: 패치와 a, country(COUNTRIES가 있을 때), dPC = dPCintra + dPCflux + dPCconnector(그 패치가 없을 때 잃는 PC의 %: 자체 면적, 다른 패치와의 흐름, 징검다리 역할), dIIC도 같으며, rank(1 = dPC 최고). LINKS: 연결된 쌍 사이의 선과 distance_m, p. SUMMARY: 지표(PC, IIC)마다 한 행: numerator, index, ec(등가 연결 면적, ha), landscape(A_L), intra_pct, direct_pct, step_pct(합계 100)와 n_nodes.

모든 쌍은 −ln p에 대한 컴파일된 최단 경로로 풀고, 각 노드의 dPC는 노드마다 네트워크 전체를 다시 풀지 않고 계산합니다(docs/algorithms/connectivity.md).</translation>
    </message>
    <message>
        <source>Patches (habitat, protected areas or wetland sites)</source>
        <translation>패치 (서식지, 보호지역 또는 습지)</translation>
    </message>
    <message>
        <source>Patch id field</source>
        <translation>패치 식별자 필드</translation>
    </message>
    <message>
        <source>Node weight field (default: area in ha)</source>
        <translation>노드 가중치 필드 (기본값: 면적, ha)</translation>
    </message>
    <message>
        <source>Distance between patches</source>
        <translation>패치 간 거리</translation>
    </message>
    <message>
        <source>Median dispersal distance d (m)</source>
        <translation>중앙 분산 거리 d (m)</translation>
    </message>
    <message>
        <source>Probability p at the median distance</source>
        <translation>중앙 거리에서의 확률 p</translation>
    </message>
    <message>
        <source>Minimum probability of a link (0 = no cut-off)</source>
        <translation>연결의 최소 확률 (0 = 절단 없음)</translation>
    </message>
    <message>
        <source>IIC link distance (m, default: the median distance)</source>
        <translation>IIC 연결 거리 (m, 기본값: 중앙 거리)</translation>
    </message>
    <message>
        <source>Landscape area A_L (ha, default: the patches&apos; area sum)</source>
        <translation>경관 면적 A_L (ha, 기본값: 패치 면적의 합)</translation>
    </message>
    <message>
        <source>Study area (its area is A_L)</source>
        <translation>연구 지역 (그 면적이 A_L)</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>국가 (ISO3 / ISO_A3 / ADM0_A3 필드)</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>국가 코드 필드 (기본값: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Nodes with their importance (dPC, dIIC)</source>
        <translation>노드와 그 중요도 (dPC, dIIC)</translation>
    </message>
    <message>
        <source>Links with their probability</source>
        <translation>연결과 그 확률</translation>
    </message>
    <message>
        <source>Connectivity summary (PC, IIC)</source>
        <translation>연결성 요약 (PC, IIC)</translation>
    </message>
    <message>
        <source>Choose the patch id field.</source>
        <translation>패치 식별자 필드를 선택하십시오.</translation>
    </message>
    <message>
        <source>{} patch feature(s) read from &apos;{}&apos;.</source>
        <translation>패치 객체 {}개를 '{}'에서 읽었습니다.</translation>
    </message>
    <message>
        <source>PC = {:.6g}, EC = {:,.1f} (intra {:.1f} %, direct {:.1f} %, stepping stones {:.1f} %); {} node(s), {} link(s).</source>
        <translation>PC = {:.6g}, EC = {:,.1f} (패치 내부 {:.1f} %, 직접 {:.1f} %, 징검다리 경유 {:.1f} %); 노드 {}개, 연결 {}개.</translation>
    </message>
</context>
<context>
    <name>CorridorsAlgorithm</name>
    <message>
        <source>Least-cost corridors and gaps</source>
        <translation>최소비용 생태통로와 보호 공백</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>핵심지역</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>핵심지역 ID 필드</translation>
    </message>
    <message>
        <source>Resistance raster (cost per metre, projected CRS)</source>
        <translation>저항 래스터 (미터당 비용, 투영 좌표계)</translation>
    </message>
    <message>
        <source>Maximum link distance, edge to edge (m)</source>
        <translation>최대 연결 거리, 경계 간 (m)</translation>
    </message>
    <message>
        <source>Corridor width (cost × m above the least-cost distance)</source>
        <translation>생태통로 폭 (최소비용 거리 초과분, 비용 × m)</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>국가 (ISO3 / ISO_A3 / ADM0_A3 필드)</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>보호지역</translation>
    </message>
    <message>
        <source>Links (least-cost paths)</source>
        <translation>연결 (최소비용 경로)</translation>
    </message>
    <message>
        <source>Corridors (NLCC, cost × m)</source>
        <translation>생태통로 (NLCC, 비용 × m)</translation>
    </message>
    <message>
        <source>Corridor gaps (outside protected areas)</source>
        <translation>생태통로 보호 공백 (보호지역 밖)</translation>
    </message>
    <message>
        <source>Choose the core id field.</source>
        <translation>핵심지역 ID 필드를 선택하십시오.</translation>
    </message>
    <message>
        <source>{} core feature(s) read from &apos;{}&apos;.</source>
        <translation>핵심지역 객체 {}개를 '{}'에서 읽었습니다.</translation>
    </message>
    <message>
        <source>The corridor raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>생태통로 래스터는 GeoTIFF로 기록됩니다. .tif 파일 이름을 지정하십시오(입력값: '{}').</translation>
    </message>
    <message>
        <source>{} link(s); {} transboundary; corridor gaps {:.1f} ha.</source>
        <translation>연결 {}개, 그중 초국경 {}개, 생태통로 보호 공백 {:.1f} ha.</translation>
    </message>
    <message>
        <source>No links: fewer than two cores, or no pair within the maximum distance. The outputs are empty.</source>
        <translation>연결이 없습니다. 핵심지역이 두 개 미만이거나 최대 거리 안에 있는 쌍이 없습니다. 산출물은 비어 있습니다.</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, as in Linkage Mapper, and the parts of them outside protected areas, per country.

CORES: polygons (a multi-part feature, or several features with the same CORE_ID, is one core; a core smaller than a cell uses the cell it lies in). RESISTANCE: cost of crossing one metre of each cell (≥ 1; zero or negative cells stop the run; nodata is impassable), in a projected CRS in metres.
Cost model: 8 neighbours; a move costs the mean of the two cells' costs × the step length in metres (GRASS r.cost's default). All costs (lcd, CORRIDOR_WIDTH, the corridor raster) are in cost × metres: crossing 1 km of cost-1 land costs 1000.
MAX_DISTANCE (m): cores whose edges are at most this far apart (straight line) are linked. CORRIDOR_WIDTH (cost × m): cells whose normalised least-cost corridor value NLCC = CWD_A + CWD_B − LCD is at most this are in the corridor (0 on the least-cost path).

LINKS: the least-cost path of each link with from_id, to_id, lcd (least-cost distance), euclid_m (edge-to-edge), path_m, cwd_to_euclid, cwd_to_path (mean cost along the path), countries crossed (ISO3, in path order), transboundary (1/0), unprotected_m (path length outside PROTECTED) and rank (1 = lowest cwd_to_euclid, the best-connected link). CORRIDORS: the NLCC mosaic (minimum over links) where ≤ CORRIDOR_WIDTH, nodata elsewhere. GAPS: corridor area outside PROTECTED, one polygon per link and country, with area_ha (equal-area).

DROP_THROUGH_CORES (default on): a link whose least-cost path runs through a third core is dropped (it is redundant with the links to that core); the log lists them.

The results are those of a search over the whole raster: each core's cost distance is computed once, in a window around it that is checked to give the whole-raster answer (else searched again in a larger one). The run is refused up front with a memory estimate if it would need more than 4 GiB.</source>
        <translation>Linkage Mapper와 같은 방식으로 핵심지역 사이의 최소비용 생태통로를 찾고, 그중 보호지역 밖에 있는 부분을 국가별로 구합니다.

CORES: 폴리곤입니다(멀티파트 객체 하나, 또는 CORE_ID가 같은 여러 객체가 하나의 핵심지역이며, 셀보다 작은 핵심지역은 그것이 놓인 셀을 사용합니다). RESISTANCE: 각 셀을 1미터 통과하는 비용(≥ 1, 0 또는 음수 셀이 있으면 실행이 중단되며 NODATA는 통행 불가)으로, 미터 단위 투영 좌표계여야 합니다.
비용 모델: 8방향 이웃, 한 번의 이동 비용은 두 셀 비용의 평균 × 이동 거리(m)입니다(GRASS r.cost의 기본값). 모든 비용(lcd, CORRIDOR_WIDTH, 생태통로 래스터)의 단위는 비용 × 미터입니다. 비용 1인 땅을 1 km 지나면 비용은 1000입니다.
MAX_DISTANCE(m): 경계 간 직선거리가 이 값 이하인 핵심지역끼리 연결합니다. CORRIDOR_WIDTH(비용 × m): 정규화 최소비용 생태통로 값 NLCC = CWD_A + CWD_B − LCD가 이 값 이하인 셀이 생태통로에 속합니다(최소비용 경로 위에서는 0).

LINKS: 연결마다 최소비용 경로이며 from_id, to_id, lcd(최소비용 거리), euclid_m(경계 간 거리), path_m, cwd_to_euclid, cwd_to_path(경로를 따른 평균 비용), 통과하는 국가(ISO3, 경로 순서), transboundary(1/0), unprotected_m(PROTECTED 밖의 경로 길이), rank(1 = cwd_to_euclid가 가장 낮은, 가장 잘 연결된 연결) 필드가 있습니다. CORRIDORS: CORRIDOR_WIDTH 이하인 곳의 NLCC 모자이크(연결들 중 최솟값)이며, 그 밖은 NODATA입니다. GAPS: PROTECTED 밖의 생태통로 면적으로, 연결과 국가마다 폴리곤 하나이며 area_ha(등적 투영)가 있습니다.

DROP_THROUGH_CORES(기본값 켜짐): 최소비용 경로가 세 번째 핵심지역을 지나가는 연결은 제외됩니다(그 핵심지역으로 가는 연결과 중복됩니다). 로그에 해당 연결이 나열됩니다.

결과는 래스터 전체를 탐색한 결과와 같습니다. 각 핵심지역의 비용거리는 한 번만 계산되며, 그 주변의 계산 창이 래스터 전체와 같은 답을 주는지 검사합니다(그렇지 않으면 더 큰 창에서 다시 탐색합니다). 실행에 4 GiB를 넘는 메모리가 필요하면 시작 전에 메모리 추정치와 함께 실행을 거부합니다.</translation>
    </message>
    <message>
        <source>Drop links whose least-cost path runs through a third core</source>
        <translation>최소비용 경로가 세 번째 핵심지역을 지나는 연결 제외</translation>
    </message>
    <message>
        <source>Such a link is redundant with the links to that core (Linkage Mapper&apos;s default). Dropped links are listed in the log.</source>
        <translation>이러한 연결은 그 핵심지역으로 가는 연결과 중복됩니다(Linkage Mapper의 기본값). 제외된 연결은 로그에 나열됩니다.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>The maximum link distance must be positive (got {value} m).</source>
        <translation>최대 연결 거리는 양수여야 합니다(입력값 {value} m).</translation>
    </message>
    <message>
        <source>The corridor width must be zero or positive (got {value}).</source>
        <translation>코리더 폭은 0 이상이어야 합니다(입력값 {value}).</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>래스터 '{name}'이(가) 회전되어 있습니다. 먼저 북쪽이 위인 격자로 변환하십시오.</translation>
    </message>
    <message>
        <source>Core {names} of layer &apos;{layer}&apos; lies outside the resistance raster &apos;{raster}&apos;. Clip the cores to the raster or use a raster covering them.</source>
        <translation>레이어 '{layer}'의 핵심지역 {names}이(가) 저항 래스터 '{raster}' 밖에 있습니다. 핵심지역을 래스터에 맞게 자르거나 이를 포함하는 래스터를 사용하십시오.</translation>
    </message>
    <message>
        <source>This run would need about {need} of memory (raster {rows} × {cols} cells, {windows} core windows), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE.</source>
        <translation>이 실행에는 약 {need}의 메모리가 필요합니다(래스터 {rows} × {cols} 셀, 핵심지역 창 {windows}개). 이는 예산 {budget}보다 많습니다. 더 거친 저항 래스터(더 큰 셀)를 사용하거나, 연구 지역으로 자르거나, MAX_DISTANCE를 줄이십시오.</translation>
    </message>
    <message>
        <source>An exact cost distance from {name} needs a window of {cells} cells, more than the memory budget allows ({allowed} cells). Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE or CORRIDOR_WIDTH.</source>
        <translation>{name}에서 정확한 비용거리를 구하려면 {cells}개 셀의 창이 필요하며, 이는 메모리 예산이 허용하는 것({allowed}개 셀)보다 많습니다. 더 거친 저항 래스터(더 큰 셀)를 사용하거나, 연구 지역으로 자르거나, MAX_DISTANCE 또는 CORRIDOR_WIDTH를 줄이십시오.</translation>
    </message>
    <message>
        <source>{table} line {line}: {reason}</source>
        <translation>{table} {line}행: {reason}</translation>
    </message>
    <message>
        <source>{table} feature {line}: {reason}</source>
        <translation>{table} {line}번 피처: {reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no station id field (looked for {fields}; fields: {present}).</source>
        <translation>레이어 '{layer}'에 스테이션 ID 필드가 없습니다({fields} 찾음; 필드: {present}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; must hold points (one per station).</source>
        <translation>레이어 '{layer}'는 점이어야 합니다(스테이션마다 하나).</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a number ({value})</source>
        <translation>'{field}'가 숫자가 아닙니다({value})</translation>
    </message>
    <message>
        <source>negative effort ({value} days)</source>
        <translation>음수 조사 노력({value}일)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date ({value}); use YYYY-MM-DD</source>
        <translation>'{field}'가 날짜가 아닙니다({value}). YYYY-MM-DD 형식을 쓰십시오</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is in the future ({value})</source>
        <translation>'{field}'가 미래 날짜입니다({value})</translation>
    </message>
    <message>
        <source>end date before start date</source>
        <translation>종료일이 시작일보다 이릅니다</translation>
    </message>
    <message>
        <source>no location (empty geometry)</source>
        <translation>위치 없음(빈 지오메트리)</translation>
    </message>
    <message>
        <source>no station id</source>
        <translation>스테이션 ID 없음</translation>
    </message>
    <message>
        <source>station &apos;{station}&apos; is already placed elsewhere (line {line})</source>
        <translation>스테이션 '{station}'은 이미 다른 위치에 있습니다({line}행)</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has neither &apos;effort_days&apos; nor &apos;start&apos; and &apos;end&apos;: effort is 0 and cells with stations count as surveyed.</source>
        <translation>레이어 '{layer}'에 'effort_days'도 'start'와 'end'도 없습니다. 조사 노력은 0이며 스테이션이 있는 셀은 조사된 것으로 셉니다.</translation>
    </message>
    <message>
        <source>{layer}: {count} station row(s) without effort (no &apos;effort_days&apos;, no start and end dates) count as surveyed with 0 days: lines {lines}.</source>
        <translation>{layer}: 조사 노력이 없는 스테이션 {count}행('effort_days'도 시작·종료일도 없음)은 0일로 조사된 것으로 셉니다: {lines}행.</translation>
    </message>
    <message>
        <source>{layer}: {count} station(s) lie outside every country polygon: {stations}. Check their coordinates (and CRS); their detections count in the grid, and in a country only through their &apos;country&apos; value.</source>
        <translation>{layer}: 스테이션 {count}개가 어느 국가 폴리곤에도 속하지 않습니다: {stations}. 좌표(와 좌표계)를 확인하십시오. 이 스테이션의 탐지는 격자에는 집계되고, 국가에는 'country' 값으로만 집계됩니다.</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;{field}&apos; column (columns: {present}).</source>
        <translation>표 '{layer}'에 '{field}' 열이 없습니다(열: {present}).</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;station&apos; column and no points: detections need a station or a location.</source>
        <translation>표 '{layer}'에 'station' 열도 점도 없습니다. 탐지에는 스테이션이나 위치가 필요합니다.</translation>
    </message>
    <message>
        <source>unknown station &apos;{station}&apos; (not in the stations layer, or left out there)</source>
        <translation>알 수 없는 스테이션 '{station}'(스테이션 레이어에 없거나 거기서 제외됨)</translation>
    </message>
    <message>
        <source>no station and no location</source>
        <translation>스테이션도 위치도 없음</translation>
    </message>
    <message>
        <source>no species</source>
        <translation>종 없음</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>date in the future ({value})</source>
        <translation>미래 날짜({value})</translation>
    </message>
    <message>
        <source>duplicate of line {line}</source>
        <translation>{line}행과 중복</translation>
    </message>
    <message>
        <source>{layer}: {count} detection(s) dated outside their station's start–end dates (kept; check the dates): lines {lines}.</source>
        <translation>{layer}: 탐지 {count}건의 날짜가 스테이션의 시작–종료일 밖입니다(유지함; 날짜를 확인하십시오): {lines}행.</translation>
    </message>
    <message>
        <source>The cell size must be a positive number of metres (got {value}).</source>
        <translation>셀 크기는 양의 미터 값이어야 합니다(입력값 {value}).</translation>
    </message>
    <message>
        <source>No station, detection point or habitat to build the grid on: give stations with locations, or an extent.</source>
        <translation>격자를 만들 스테이션, 탐지 점, 서식지가 없습니다. 위치가 있는 스테이션이나 범위를 지정하십시오.</translation>
    </message>
    <message>
        <source>The grid would have {cells} cells of {size} m ({nx} × {ny}); the limit is {limit}. Use larger cells or a smaller extent.</source>
        <translation>격자에 {size} m 셀이 {cells}개({nx} × {ny}) 생깁니다. 한도는 {limit}입니다. 셀을 크게 하거나 범위를 줄이십시오.</translation>
    </message>
    <message>
        <source>Grid: {nx} × {ny} cells of {size} m in the common monitoring CRS (LAEA 45° N 120° E, origin 0, 0).</source>
        <translation>격자: 공동 모니터링 좌표계(LAEA 45° N 120° E, 원점 0, 0)의 {size} m 셀 {nx} × {ny}개.</translation>
    </message>
    <message>
        <source>{count} station(s) lie outside the grid&apos;s extent and are left out of it: {stations}.</source>
        <translation>스테이션 {count}개가 격자 범위 밖에 있어 제외되었습니다: {stations}.</translation>
    </message>
    <message>
        <source>{count} detection(s) lie outside the grid&apos;s extent and are left out of it.</source>
        <translation>탐지 {count}건이 격자 범위 밖에 있어 제외되었습니다.</translation>
    </message>
    <message>
        <source>{count} row(s) left out (listed with their line numbers).</source>
        <translation>{count}행을 제외했습니다(행 번호와 함께 표시).</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no coordinate reference system.</source>
        <translation>래스터 '{layer}'에 좌표계가 없습니다.</translation>
    </message>
    <message>
        <source>Raster '{layer}' has {count} cells with a negative conductance, e.g. row {row}, column {col} (value {value}). Conductances must be ≥ 0; set impassable cells to 0 or nodata.</source>
        <translation>래스터 '{layer}'에 전도도가 음수인 셀이 {count}개 있습니다. 예: {row}행 {col}열 (값 {value}). 전도도는 0 이상이어야 합니다. 통과할 수 없는 셀은 0 또는 nodata로 설정하십시오.</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has {count} cells with zero or negative resistance, e.g. row {row}, column {col} (value {value}). Resistances must be &gt; 0; set impassable cells to nodata.</source>
        <translation>래스터 '{layer}'에 저항이 0 또는 음수인 셀이 {count}개 있습니다. 예: {row}행 {col}열 (값 {value}). 저항은 0보다 커야 합니다. 통과할 수 없는 셀은 nodata로 설정하십시오.</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no cell that conducts: every cell is nodata (or has conductance 0).</source>
        <translation>래스터 '{layer}'에 전류가 통하는 셀이 없습니다: 모든 셀이 nodata(또는 전도도 0)입니다.</translation>
    </message>
    <message>
        <source>CONNECTIONS must be 4 or 8 (got {value}).</source>
        <translation>CONNECTIONS는 4 또는 8이어야 합니다 (입력값 {value}).</translation>
    </message>
    <message>
        <source>AVERAGE must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>AVERAGE는 'resistance' 또는 'conductance'여야 합니다 (입력값 '{value}').</translation>
    </message>
    <message>
        <source>This circuit would need about {need} of memory ({nodes} nodes on a {rows} × {cols} grid), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or give a CORRIDORS raster to solve inside the corridors only.</source>
        <translation>이 회로에는 약 {need}의 메모리가 필요하며({rows} × {cols} 격자의 노드 {nodes}개), 예산 {budget}을 초과합니다. 더 거친 저항 래스터(더 큰 셀)를 쓰거나, 연구 지역으로 자르거나, CORRIDORS 래스터를 지정하여 회랑 안에서만 계산하십시오.</translation>
    </message>
    <message>
        <source>The circuit for {pair} could not be solved accurately (backward error {residual}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances (e.g. at 10⁶ times the smallest) or set impassable cells to nodata, and run again.</source>
        <translation>{pair}의 회로를 정확히 풀 수 없습니다 (후방 오차 {residual}): 저항 값의 범위가 배정밀도로 다루기에는 너무 넓습니다. 가장 큰 저항을 제한하거나(예: 가장 작은 값의 10⁶배) 통과할 수 없는 셀을 nodata로 설정한 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>The circuit for {pair} gave inconsistent results (resistance {resistance} but dissipated power {power}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances or set impassable cells to nodata, and run again.</source>
        <translation>{pair}의 회로 결과가 일치하지 않습니다 (저항 {resistance}, 소산 전력 {power}): 저항 값의 범위가 배정밀도로 다루기에는 너무 넓습니다. 가장 큰 저항을 제한하거나 통과할 수 없는 셀을 nodata로 설정한 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each focal node.</source>
        <translation>레이어 '{layer}'에 필드 '{field}'가 없습니다. 각 초점 노드를 식별하는 필드를 선택하십시오.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no fields &apos;from_id&apos; and &apos;to_id&apos;: give the LINKS output of the corridor tool.</source>
        <translation>레이어 '{layer}'에 'from_id'와 'to_id' 필드가 없습니다: 회랑 도구의 LINKS 출력을 지정하십시오.</translation>
    </message>
    <message>
        <source>RESISTANCE_IS must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>RESISTANCE_IS는 'resistance' 또는 'conductance'여야 합니다 (입력값 '{value}').</translation>
    </message>
    <message>
        <source>The pinch-point percentile must be from 0 to below 100 (got {value}).</source>
        <translation>병목 지점 백분위수는 0 이상 100 미만이어야 합니다 (입력값 {value}).</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>래스터 '{layer}'가 회전되어 있습니다. 먼저 북쪽이 위인 격자로 변환하십시오.</translation>
    </message>
    <message>
        <source>The corridor raster '{layer}' is not on the resistance raster's grid ({rows} × {cols} cells, same origin and cell size). Use the CORRIDORS output made from this resistance raster.</source>
        <translation>회랑 래스터 '{layer}'가 저항 래스터의 격자({rows} × {cols} 셀, 같은 원점과 셀 크기)와 맞지 않습니다. 이 저항 래스터로 만든 CORRIDORS 출력을 사용하십시오.</translation>
    </message>
    <message>
        <source>The corridor raster &apos;{layer}&apos; has no corridor cell (every cell is nodata).</source>
        <translation>회랑 래스터 '{layer}'에 회랑 셀이 없습니다 (모든 셀이 nodata).</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>No {what} raster was given.</source>
        <translation>{what} 래스터가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Raster '{name}' has no coordinate reference system. Set it (Layer Properties ▸ Source) and run again.</source>
        <translation>래스터 '{name}'에 좌표계가 없습니다. 좌표계를 설정한 뒤(레이어 속성 ▸ 소스) 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Cannot build a mosaic of the tiles {names}: {error}</source>
        <translation>타일 {names}을(를) 모자이크로 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Cannot reproject the tiles onto the analysis grid: {error}</source>
        <translation>타일을 분석 격자로 재투영할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{what}: {pct} % of the extent has no tile, so no data there (output nodata): {where}.</source>
        <translation>{what}: 범위의 {pct} %에 타일이 없어 그곳에는 데이터가 없습니다(출력은 NODATA): {where}.</translation>
    </message>
    <message>
        <source>EXTENT must have xmax &gt; xmin and ymax &gt; ymin (got {extent}).</source>
        <translation>EXTENT는 xmax &gt; xmin, ymax &gt; ymin이어야 합니다(입력값 {extent}).</translation>
    </message>
    <message>
        <source>TARGET_CRS &apos;{name}&apos; is not a projected CRS in metres; leave it empty for the equal-area CRS centred on the extent.</source>
        <translation>TARGET_CRS '{name}'은(는) 미터 단위 투영 좌표계가 아닙니다. 범위 중심의 정적 좌표계를 쓰려면 비워 두십시오.</translation>
    </message>
    <message>
        <source>CELL_SIZE must be a positive number of metres (got {cell}).</source>
        <translation>CELL_SIZE는 미터 단위의 양수여야 합니다(입력값 {cell}).</translation>
    </message>
    <message>
        <source>The analysis grid would have {rows} × {cols} cells at {cell} m: too many. Use a larger CELL_SIZE or a smaller EXTENT.</source>
        <translation>{cell} m에서 분석 격자는 {rows} × {cols} 셀이 되어 너무 많습니다. 더 큰 CELL_SIZE나 더 작은 EXTENT를 사용하십시오.</translation>
    </message>
    <message>
        <source>Land-cover tile &apos;{name}&apos; is stored as {type}: tiles must hold integer class codes (Byte, UInt16, Int16, Int32, like ESA WorldCover). Convert it with gdal_translate -ot Byte or Int32.</source>
        <translation>토지피복 타일 '{name}'의 저장 형식이 {type}입니다. 타일에는 정수 분류 코드가 있어야 합니다(Byte, UInt16, Int16, Int32, ESA WorldCover와 같음). gdal_translate -ot Byte 또는 Int32로 변환하십시오.</translation>
    </message>
    <message>
        <source>{n} land-cover tile(s) in another CRS than the others reprojected on the fly: {names}.</source>
        <translation>다른 타일과 좌표계가 다른 토지피복 타일 {n}개를 즉석에서 재투영했습니다: {names}.</translation>
    </message>
    <message>
        <source>AGGREGATE must be one of {allowed} (got &apos;{value}&apos;).</source>
        <translation>AGGREGATE는 {allowed} 중 하나여야 합니다(입력값 '{value}').</translation>
    </message>
    <message>
        <source>The extent does not overlap any land-cover tile ({names}).</source>
        <translation>범위가 어떤 토지피복 타일과도 겹치지 않습니다({names}).</translation>
    </message>
    <message>
        <source>Analysis grid: {rows} × {cols} cells of {cell} m in {crs}, from {n} land-cover tile(s), aggregate '{aggregate}'.</source>
        <translation>분석 격자: {crs}에서 {cell} m 셀 {rows} × {cols}개, 토지피복 타일 {n}개에서, 집계 방식 '{aggregate}'.</translation>
    </message>
    <message>
        <source>DEM: {n} tile(s) reprojected onto the analysis grid ({method} resampling); slope and ruggedness in metres at {cell} m.</source>
        <translation>DEM: 타일 {n}개를 분석 격자로 재투영했습니다({method} 리샘플링). 경사와 험준도는 {cell} m에서 미터 단위로 계산합니다.</translation>
    </message>
    <message>
        <source>{n} cell(s) impassable because most of their fine cells are of impassable classes.</source>
        <translation>셀 {n}개는 세부 셀 대부분이 통행 불가 분류여서 통행 불가입니다.</translation>
    </message>
    <message>
        <source>Folder &apos;{folder}&apos; holds no raster tiles (.tif, .tiff, .vrt, .img, .hgt, .jp2) for {what}.</source>
        <translation>폴더 '{folder}'에 {what}용 래스터 타일(.tif, .tiff, .vrt, .img, .hgt, .jp2)이 없습니다.</translation>
    </message>
    <message>
        <source>Tiles to add for {what} (none exists where the gap is open sea): {names}.</source>
        <translation>{what}에 추가할 타일(빈 곳이 먼바다이면 타일이 없음): {names}.</translation>
    </message>
    <message>
        <source>Memory budget: about {mb} MB (GDAL block cache {cache} MB, warp buffers {warp} MB, blocks of {rows} rows × {cols} columns {block} MB, the rest {base} MB); it does not grow with the size of the tiles.</source>
        <translation>메모리 예산: 약 {mb} MB(GDAL 블록 캐시 {cache} MB, 재투영 버퍼 {warp} MB, {rows}행 × {cols}열 블록 {block} MB, 나머지 {base} MB). 타일 크기에 따라 늘지 않습니다.</translation>
    </message>
    <message>
        <source>The median dispersal distance must be more than 0 m (got {value}).</source>
        <translation>중앙 분산 거리는 0 m보다 커야 합니다 (입력값 {value}).</translation>
    </message>
    <message>
        <source>The probability at the median distance must lie between 0 and 1, both excluded (got {value}).</source>
        <translation>중앙 거리에서의 확률은 0과 1 사이여야 합니다(양 끝 제외, 입력값 {value}).</translation>
    </message>
    <message>
        <source>The minimum probability must lie between 0 (no cut-off) and 1 (got {value}).</source>
        <translation>최소 확률은 0(절단 없음)과 1 사이여야 합니다 (입력값 {value}).</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' must hold a number ≥ 0 for every patch; patch '{patch}' has '{value}' ({count} such patches). Fill or fix the field, or leave ATTRIBUTE empty to use the patch area.</source>
        <translation>레이어 '{layer}': 필드 '{field}'에는 모든 패치에 0 이상의 숫자가 있어야 합니다. 패치 '{patch}'의 값은 '{value}'입니다(이런 패치 {count}개). 필드를 채우거나 고치십시오. 패치 면적을 쓰려면 ATTRIBUTE를 비워 두십시오.</translation>
    </message>
    <message>
        <source>The IIC link distance must be 0 m or more (got {value}).</source>
        <translation>IIC 연결 거리는 0 m 이상이어야 합니다 (입력값 {value}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>레이어 '{layer}'에 필드 '{field}'가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} patch(es) have no value in &apos;{field}&apos;. Give every patch an id.</source>
        <translation>레이어 '{layer}': 패치 {count}개에 '{field}' 값이 없습니다. 모든 패치에 식별자를 지정하십시오.</translation>
    </message>
    <message>
        <source>The transboundary distance must be 0 m or more (got {value}).</source>
        <translation>국경 간 거리는 0 m 이상이어야 합니다 (입력값 {value}).</translation>
    </message>
    <message>
        <source>Country code(s) {codes} are not in layer &apos;{layer}&apos; (field &apos;{field}&apos;). Use codes of that field, e.g. {example}.</source>
        <translation>국가 코드 {codes}이(가) 레이어 '{layer}'(필드 '{field}')에 없습니다. 그 필드의 코드를 쓰십시오. 예: {example}.</translation>
    </message>
    <message>
        <source>Layer '{layer}' has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>레이어 '{layer}'에 좌표계가 없습니다. QGIS에서 설정한 뒤(레이어 속성 ▸ 소스) 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has an unreadable coordinate reference system: {error}</source>
        <translation>레이어 '{layer}'의 좌표계를 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Raster '{raster}' is in a geographic CRS ({crs}): cell sizes are in degrees, not metres. Reproject it to a projected CRS in metres first (Raster ▸ Projections ▸ Warp), e.g. a Lambert azimuthal equal-area or UTM CRS.</source>
        <translation>래스터 '{raster}'는 지리 좌표계({crs})입니다. 셀 크기가 미터가 아니라 도 단위입니다. 먼저 미터 단위의 투영 좌표계로 재투영하십시오(래스터 ▸ 투영 ▸ 변환). 예: 람베르트 정적 방위도법 또는 UTM.</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; uses &apos;{unit}&apos; as its unit; reproject it to a CRS in metres.</source>
        <translation>래스터 '{raster}'의 단위가 '{unit}'입니다. 미터 단위의 좌표계로 재투영하십시오.</translation>
    </message>
    <message>
        <source>No country code field found (looked for {candidates}; fields: {fields}). Choose the field holding ISO 3166 alpha-3 codes.</source>
        <translation>국가 코드 필드를 찾을 수 없습니다(찾은 이름: {candidates}; 필드: {fields}). ISO 3166 세 글자 코드가 담긴 필드를 선택하십시오.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;; fields: {fields}.</source>
        <translation>레이어 '{layer}'에 필드 '{field}'가 없습니다. 필드: {fields}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {error}</source>
        <translation>레이어 '{layer}': {error}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is not a WDPA file: it has neither WDPAID (legacy WDPA) nor SITE_ID with SITE_TYPE/REALM/PRNT_ISO3 (WDPCA). Pick the Protected Planet download, or a layer with those fields.</source>
        <translation>레이어 '{layer}'는 WDPA 파일이 아닙니다: WDPAID(기존 WDPA)도, SITE_TYPE/REALM/PRNT_ISO3가 있는 SITE_ID(WDPCA)도 없습니다. Protected Planet에서 받은 파일이나 이 필드들이 있는 레이어를 고르십시오.</translation>
    </message>
    <message>
        <source>Layer '{layer}' has points but no REP_AREA field (reported area, km²) to draw them as circles.</source>
        <translation>레이어 '{layer}'에 점이 있지만 원으로 그릴 REP_AREA 필드(보고 면적, km²)가 없습니다.</translation>
    </message>
    <message>
        <source>Layer '{layer}' holds points (a WDPA point file: {count} sites have no boundary). Use the WDPA polygon file, or tick the option to draw each point as a circle of its reported area (REP_AREA) — an approximation, flagged in the output.</source>
        <translation>레이어 '{layer}'는 점을 담고 있습니다(WDPA 점 파일: {count}개 보호지역에 경계가 없음). WDPA 폴리곤 파일을 쓰거나, 각 점을 보고 면적(REP_AREA)의 원으로 그리는 옵션을 선택하십시오. 이는 근사이며 결과에 표시됩니다.</translation>
    </message>
    <message>
        <source>{field} codes {wrong} do not exist; valid codes: {valid}</source>
        <translation>{field} 코드 {wrong}은(는) 존재하지 않습니다. 유효한 코드: {valid}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no PRESENCE, ORIGIN or SEASONAL field: is it an IUCN Red List or BirdLife range map?</source>
        <translation>레이어 '{layer}'에 PRESENCE, ORIGIN, SEASONAL 필드가 없습니다. IUCN 적색목록이나 BirdLife 분포도가 맞습니까?</translation>
    </message>
    <message>
        <source>Unknown legend &apos;{legend}&apos; (no {file} in resources/legends).</source>
        <translation>알 수 없는 범례 '{legend}'(resources/legends에 {file} 없음).</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos; has neither a &apos;cost&apos; nor a &apos;type&apos; field. Add a numeric &apos;cost&apos; (the new cost of the cells it covers) or a &apos;type&apos; (crossing, restoration or barrier).</source>
        <translation>대안 레이어 '{layer}'에 'cost' 필드도 'type' 필드도 없습니다. 숫자 'cost'(덮는 셀의 새 비용)나 'type'(crossing, restoration, barrier)을 추가하십시오.</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: unknown type &apos;{kind}&apos;. Use crossing, restoration or barrier (or give a numeric &apos;cost&apos;).</source>
        <translation>대안 레이어 '{layer}', 피처 {feature}: 알 수 없는 유형 '{kind}'. crossing, restoration, barrier 중 하나를 쓰거나 숫자 'cost'를 주십시오.</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost &apos;{cost}&apos; is not a number (or &apos;impassable&apos;).</source>
        <translation>대안 레이어 '{layer}', 피처 {feature}: 비용 '{cost}'은(는) 숫자가 아닙니다('impassable'도 아님).</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost {cost:g} must be &gt; 0; use &apos;impassable&apos; for a barrier.</source>
        <translation>대안 레이어 '{layer}', 피처 {feature}: 비용 {cost:g}은(는) 0보다 커야 합니다. 장벽에는 'impassable'을 쓰십시오.</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature} has neither a cost nor a type.</source>
        <translation>대안 레이어 '{layer}'의 피처 {feature}에 비용도 유형도 없습니다.</translation>
    </message>
    <message>
        <source>Option &apos;{option}&apos; has neither a raster nor a layer.</source>
        <translation>대안 '{option}'에 래스터도 레이어도 없습니다.</translation>
    </message>
    <message>
        <source>Give at least one option (a resistance raster or a layer of crossings, restorations or barriers).</source>
        <translation>대안을 하나 이상 주십시오(저항 래스터, 또는 통로·복원·장벽 레이어).</translation>
    </message>
    <message>
        <source>Option names must be unique and not &apos;{baseline}&apos;: {names}. Rename the layers.</source>
        <translation>대안 이름은 서로 달라야 하며 '{baseline}'일 수 없습니다: {names}. 레이어 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>Layer '{layer}' ({role}) holds points, but polygons are needed. Protected Planet publishes sites without a boundary as points with a reported area (REP_AREA, km²): buffer them to circles of that area first (radius = sqrt(REP_AREA × 1,000,000 / π) metres, in a projected CRS): tick 'Draw WDPA points as circles of their reported area (REP_AREA)' of this tool, or use Vector ▸ Geoprocessing ▸ Buffer.</source>
        <translation>레이어 '{layer}'({role})는 점을 담고 있지만 폴리곤이 필요합니다. Protected Planet은 경계가 없는 보호지역을 보고 면적(REP_AREA, km²)이 있는 점으로 배포합니다. 먼저 그 면적의 원으로 버퍼링하십시오(반지름 = sqrt(REP_AREA × 1,000,000 / π) 미터, 투영 좌표계에서). 이 도구의 'WDPA 점을 보고 면적(REP_AREA)의 원으로 그리기'를 선택하거나 벡터 ▸ 지오프로세싱 ▸ 버퍼를 쓰십시오.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds points, but polygons are needed.</source>
        <translation>레이어 '{layer}'({role})는 점을 담고 있지만 폴리곤이 필요합니다.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds no polygons (lines or other geometries); choose a polygon layer.</source>
        <translation>레이어 '{layer}'({role})에 폴리곤이 없습니다(선 또는 다른 도형). 폴리곤 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no {field} field for the breakdown; choose another breakdown or add the field.</source>
        <translation>레이어 '{layer}'에 분류에 쓸 {field} 필드가 없습니다. 다른 분류를 고르거나 필드를 추가하십시오.</translation>
    </message>
    <message>
        <source>Raster '{raster}' has no coordinate reference system. Assign one (Raster ▸ Projections ▸ Assign Projection) and run again.</source>
        <translation>래스터 '{raster}'에 좌표계가 없습니다. 지정한 뒤(래스터 ▸ 투영 ▸ 투영 지정) 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Cannot warp raster &apos;{raster}&apos; to the equal-area grid: {error}</source>
        <translation>래스터 '{raster}'를 정적 격자로 변환할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; holds fractional values (a suitability surface?): set &apos;Suitability threshold&apos; so that cells at or above it count as habitat.</source>
        <translation>래스터 '{raster}'에 소수 값이 있습니다(적합도 표면?). 그 이상인 셀이 서식지로 계산되도록 '적합도 임계값'을 설정하십시오.</translation>
    </message>
    <message>
        <source>REGULARLY must be one of {rules}, not &apos;{value}&apos;.</source>
        <translation>REGULARLY는 {rules} 중 하나여야 합니다. '{value}'는 안 됩니다.</translation>
    </message>
    <message>
        <source>{parameter} must be a distance of 0 metres or more (got {value}).</source>
        <translation>{parameter}는 0미터 이상의 거리여야 합니다(입력값 {value}).</translation>
    </message>
    <message>
        <source>The minimum number of seasons must be at least 1.</source>
        <translation>최소 계절 수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Table {table} has no column {wanted} (columns: {columns}).</source>
        <translation>표 {table}에 열 {wanted}이(가) 없습니다(열: {columns}).</translation>
    </message>
    <message>
        <source>Table {table} needs a &apos;threshold_1pct&apos; or an &apos;estimate&apos; column (columns: {columns}).</source>
        <translation>표 {table}에는 'threshold_1pct' 또는 'estimate' 열이 필요합니다(열: {columns}).</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has {geometry} geometries; polygons are needed. Buffer points by their reported area first (e.g. Vector ▸ Geoprocessing ▸ Buffer).</source>
        <translation>레이어 {role}('{layer}')의 도형이 {geometry}입니다. 폴리곤이 필요합니다. 먼저 점을 보고 면적으로 버퍼링하십시오(예: 벡터 ▸ 지오프로세싱 ▸ 버퍼).</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>레이어 {role}('{layer}')에 좌표계가 없습니다. QGIS에서 설정한 뒤(레이어 속성 ▸ 소스) 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Layer WETLANDS (&apos;{layer}&apos;) has no site field &apos;{field}&apos; (fields: {fields}). Choose it in SITE_FIELD.</source>
        <translation>레이어 WETLANDS('{layer}')에 지점 필드 '{field}'가 없습니다(필드: {fields}). SITE_FIELD에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a raster: it may be corrupt or truncated ({error}).</source>
        <translation>'{path}'를 래스터로 열 수 없습니다. 파일이 손상되었거나 잘렸을 수 있습니다({error}).</translation>
    </message>
    <message>
        <source>Cannot read raster &apos;{path}&apos;: {error}</source>
        <translation>래스터 '{path}'를 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Output folder is missing or not writable: {folder}</source>
        <translation>출력 폴더가 없거나 쓸 수 없습니다: {folder}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>래스터 '{raster}'에 좌표계가 없습니다. 설정한 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Cannot resample &apos;{raster}&apos; onto the grid: {error}</source>
        <translation>'{raster}'를 격자에 리샘플링할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}</source>
        <translation>{path}를 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a vector file: it may be corrupt or truncated ({error}).</source>
        <translation>'{path}'를 벡터 파일로 열 수 없습니다. 파일이 손상되었거나 잘렸을 수 있습니다({error}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; not found in &apos;{path}&apos;.</source>
        <translation>'{path}'에서 레이어 '{layer}'를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Unsupported output format &apos;{suffix}&apos; for {path}; use .gpkg, .shp, .geojson or .kml.</source>
        <translation>{path}의 출력 형식 '{suffix}'는 지원되지 않습니다. .gpkg, .shp, .geojson, .kml을 쓰십시오.</translation>
    </message>
    <message>
        <source>Output folder does not exist: {folder}</source>
        <translation>출력 폴더가 없습니다: {folder}</translation>
    </message>
    <message>
        <source>Output folder is not writable: {folder}</source>
        <translation>출력 폴더에 쓸 수 없습니다: {folder}</translation>
    </message>
    <message>
        <source>Cannot create layer &apos;{layer}&apos; in {path}: {error}</source>
        <translation>{path}에 레이어 '{layer}'를 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Cannot create field &apos;{field}&apos; in {path}.</source>
        <translation>{path}에 필드 '{field}'를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Writing {file} failed: {written} of {count} features written.</source>
        <translation>{file} 쓰기 실패: 피처 {count}개 중 {written}개만 썼습니다.</translation>
    </message>
    <message>
        <source>{error} ({parameter})</source>
        <translation>{error} ({parameter})</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each core area.</source>
        <translation>레이어 '{layer}'에 필드 '{field}'가 없습니다. 각 핵심지역을 식별하는 필드를 선택하십시오.</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies outside the resistance raster. Clip the cores to the raster&apos;s extent or use a larger raster.</source>
        <translation>핵심지역 '{core}'이(가) 저항 래스터 밖에 있습니다. 핵심지역을 래스터 범위로 자르거나 더 큰 래스터를 사용하십시오.</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies only on nodata (impassable) cells of the resistance raster. Give its cells a cost or move the core.</source>
        <translation>핵심지역 '{core}'이(가) 저항 래스터의 nodata(통행 불가) 셀 위에만 있습니다. 그 셀에 비용을 주거나 핵심지역을 옮기십시오.</translation>
    </message>
    <message>
        <source>Raster '{name}' has {count} cells with zero or negative cost, e.g. row {row}, column {column} (x={x:.1f}, y={y:.1f}) with value {value:g}. Costs must be &gt; 0 (normally ≥ 1); set impassable cells to nodata instead.</source>
        <translation>래스터 '{name}'에 비용이 0 또는 음수인 셀이 {count}개 있습니다. 예: {row}행 {column}열 (x={x:.1f}, y={y:.1f}), 값 {value:g}. 비용은 0보다 커야 합니다(보통 ≥ 1). 통과할 수 없는 셀은 대신 nodata로 설정하십시오.</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no valid cells: every cell is nodata.</source>
        <translation>래스터 '{name}'에 유효한 셀이 없습니다. 모든 셀이 nodata입니다.</translation>
    </message>
    <message>
        <source>{what} &apos;{path}&apos; not found.</source>
        <translation>{what} '{path}'을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; is not a text CSV file (binary content); save it as CSV (comma separated, UTF-8) with the columns class,cost.</source>
        <translation>{what} '{file}'은(는) 텍스트 CSV 파일이 아닙니다(이진 내용). class,cost 열이 있는 CSV(쉼표 구분, UTF-8)로 저장하십시오.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; cannot be read as text; save it as UTF-8 CSV.</source>
        <translation>{what} '{file}'을(를) 텍스트로 읽을 수 없습니다. UTF-8 CSV로 저장하십시오.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has no rows; it needs the columns class,cost.</source>
        <translation>{what} '{file}'에 행이 없습니다. class,cost 열이 필요합니다.</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost '{text}' is not a number. Write a number ≥ 1, or 'impassable' for a class that cannot be crossed.</source>
        <translation>{what} '{file}', {line}행: 비용 '{text}'은(는) 숫자가 아닙니다. 1 이상의 숫자를 쓰거나, 통과할 수 없는 분류에는 'impassable'을 쓰십시오.</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost {text} is below 1. Costs are resistances ≥ 1 (1 = easiest to cross); rescale the table, e.g. R' = 1 + (R − Rmin)·999/(Rmax − Rmin).</source>
        <translation>{what} '{file}', {line}행: 비용 {text}이(가) 1보다 작습니다. 비용은 1 이상의 저항입니다(1 = 가장 통과하기 쉬움). 표의 값을 다시 조정하십시오. 예: R' = 1 + (R − Rmin)·999/(Rmax − Rmin).</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>비용 테이블</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: the header must name the columns &apos;class&apos; and &apos;cost&apos; (found: {found}).</source>
        <translation>{what} '{file}', {line}행: 머리글에 'class'와 'cost' 열이 있어야 합니다(찾은 열: {found}).</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: expected at least the columns class,cost; found &apos;{found}&apos;.</source>
        <translation>{what} '{file}', {line}행: 적어도 class,cost 열이 필요합니다. 찾은 값: '{found}'.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class &apos;{value}&apos; is not an integer class code.</source>
        <translation>{what} '{file}', {line}행: 분류 '{value}'은(는) 정수 분류 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class {cls} is already given on line {first}; keep one row per class.</source>
        <translation>{what} '{file}', {line}행: 분류 {cls}은(는) 이미 {first}행에 있습니다. 분류마다 한 행만 남기십시오.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has a header but no rows.</source>
        <translation>{what} '{file}'에 머리글은 있지만 행이 없습니다.</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles} (custom needs a TABLE).</source>
        <translation>알 수 없는 종 프로필 '{profile}'. 다음 중 하나를 사용하십시오: {profiles} (custom에는 TABLE이 필요함).</translation>
    </message>
    <message>
        <source>Barrier table</source>
        <translation>장벽 비용 테이블</translation>
    </message>
    <message>
        <source>The land-cover raster has non-integer values (e.g. {value} at block row {row}, column {column}): it must hold integer class codes.</source>
        <translation>토지피복 래스터에 정수가 아닌 값이 있습니다(예: 블록의 {row}행 {column}열에 {value}). 정수 분류 코드여야 합니다.</translation>
    </message>
    <message>
        <source>DEM &apos;{name}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>DEM '{name}'에 좌표계가 없습니다. 설정한 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Cannot read DEM &apos;{name}&apos;: it may be corrupt or truncated ({reason}).</source>
        <translation>DEM '{name}'을(를) 읽을 수 없습니다. 파일이 손상되었거나 잘렸을 수 있습니다({reason}).</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has values that are not numbers in {count} feature(s): {examples}. Write a cost ≥ 1, 'impassable', or leave it empty.</source>
        <translation>레이어 '{layer}': 필드 '{field}'에 숫자가 아닌 값이 있는 피처가 {count}개 있습니다: {examples}. 1 이상의 비용이나 'impassable'을 쓰거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has costs below 1 in {count} feature(s): {examples}. Barrier costs are resistances ≥ 1.</source>
        <translation>레이어 '{layer}': 필드 '{field}'에 비용이 1보다 작은 피처가 {count}개 있습니다: {examples}. 장벽 비용은 1 이상의 저항입니다.</translation>
    </message>
    <message>
        <source>none for the custom profile</source>
        <translation>사용자 정의 프로필에는 없음</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} line(s) have a type with no barrier cost for profile &apos;{profile}&apos;: {listing}. Known types: {known}. Add a numeric &apos;{field}&apos; field, remove those lines (e.g. minor roads), or set BARRIER_COST.</source>
        <translation>레이어 '{layer}': 라인 {count}개의 유형에 프로필 '{profile}'의 장벽 비용이 없습니다: {listing}. 알려진 유형: {known}. 숫자형 '{field}' 필드를 추가하거나, 그 라인(예: 소로)을 제거하거나, BARRIER_COST를 설정하십시오.</translation>
    </message>
    <message>
        <source>The default barrier cost must be ≥ 1 (got {cost:g}).</source>
        <translation>기본 장벽 비용은 1 이상이어야 합니다(입력값 {cost:g}).</translation>
    </message>
    <message>
        <source>Barrier width must be a positive number of metres (got {width}).</source>
        <translation>장벽 폭은 양수(미터)여야 합니다(입력값 {width}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; holds points (e.g. feature {feature}); barriers must be lines (roads, railways, fences).</source>
        <translation>레이어 '{layer}'에 포인트가 있습니다(예: 피처 {feature}). 장벽은 라인(도로, 철도, 울타리)이어야 합니다.</translation>
    </message>
    <message>
        <source>Cannot read '{name}' at rows {first}–{last}: the file may be corrupt or truncated ({reason}).</source>
        <translation>'{name}'의 {first}–{last}행을 읽을 수 없습니다. 파일이 손상되었거나 잘렸을 수 있습니다({reason}).</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles}.</source>
        <translation>알 수 없는 종 프로필 '{profile}'. 다음 중 하나를 사용하십시오: {profiles}.</translation>
    </message>
    <message>
        <source>The custom profile needs a TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'). Start from a copy of a bundled profile.</source>
        <translation>사용자 정의 프로필에는 TABLE이 필요합니다: class,cost 열이 있는 CSV 파일(비용 ≥ 1 또는 'impassable'). 내장 프로필의 복사본에서 시작하십시오.</translation>
    </message>
    <message>
        <source>Land cover &apos;{name}&apos; has classes missing from the cost table &apos;{table}&apos;: {listing}. Add a row &apos;class,cost&apos; for each to a copy of the table and give it as TABLE, or choose to treat unknown classes as impassable.</source>
        <translation>토지피복 '{name}'에 비용 테이블 '{table}'에 없는 분류가 있습니다: {listing}. 테이블 복사본에 분류마다 'class,cost' 행을 추가해 TABLE로 지정하거나, 알 수 없는 분류를 통행 불가로 처리하도록 선택하십시오.</translation>
    </message>
    <message>
        <source>Layer {layer} has no field &apos;{field}&apos;: use the output of &apos;Ramsar candidates (transboundary)&apos; (neaspec:ramsar_candidates).</source>
        <translation>레이어 {layer}에 필드 '{field}'가 없습니다. '람사르습지 후보지 (초국경)'(neaspec:ramsar_candidates)의 산출물을 사용하십시오.</translation>
    </message>
    <message>
        <source>Choose a candidate id in CANDIDATE (available: {available}).</source>
        <translation>CANDIDATE에서 후보지 ID를 선택하십시오(사용 가능: {available}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; is not in layer {layer} (available: {available}).</source>
        <translation>후보지 '{candidate}'이(가) 레이어 {layer}에 없습니다(사용 가능: {available}).</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; has {count} components without geometry in {layer}.</source>
        <translation>후보지 '{candidate}'의 구성 구역 {count}개가 {layer}에서 지오메트리가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the output folder {folder}: {reason}</source>
        <translation>출력 폴더 {folder}을(를) 만들 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: QGIS cannot open {source}</source>
        <translation>레이어 '{layer}': QGIS가 {source}을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>{layer}: {skipped} features without geometry or &apos;{focal_id}&apos; skipped.</source>
        <translation>{layer}: 지오메트리 또는 '{focal_id}' 값이 없는 피처 {skipped}개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Focal node '{node}' lies outside the raster: its pairs get −1.</source>
        <translation>초점 노드 '{node}'이(가) 래스터 밖에 있습니다: 이 노드의 쌍은 −1이 됩니다.</translation>
    </message>
    <message>
        <source>Pinch points: {cells} cells in {parts} link × country parts.</source>
        <translation>병목 지점: 연결 × 국가 부분 {parts}개에 셀 {cells}개.</translation>
    </message>
    <message>
        <source>{layer}: {unknown} links whose cores are not among the focal nodes skipped.</source>
        <translation>{layer}: 핵심지역이 초점 노드에 없는 연결 {unknown}개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Fewer than two focal nodes in &apos;{layer}&apos;: nothing to solve.</source>
        <translation>'{layer}'에 초점 노드가 두 개 미만입니다: 계산할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Focal node '{ident}' lies only on nodata cells: its pairs get −1.</source>
        <translation>초점 노드 '{ident}'이(가) nodata 셀에만 있습니다: 이 노드의 쌍은 −1이 됩니다.</translation>
    </message>
    <message>
        <source>{skipped} pairs farther apart than {max_distance:g} m not solved.</source>
        <translation>{max_distance:g} m보다 멀리 떨어진 쌍 {skipped}개는 계산하지 않았습니다.</translation>
    </message>
    <message>
        <source>{nodes} focal nodes, {pairs} pairs; grid {rows} × {cols}, {graph} nodes.</source>
        <translation>초점 노드 {nodes}개, 쌍 {pairs}개; 격자 {rows} × {cols}, 노드 {graph}개.</translation>
    </message>
    <message>
        <source>No CORRIDORS raster given: pinch points are computed inside corridors only.</source>
        <translation>CORRIDORS 래스터가 지정되지 않았습니다: 병목 지점은 생태통로 안에서만 계산됩니다.</translation>
    </message>
    <message>
        <source>{count} pairs not connected (resistance −1): {names}.</source>
        <translation>연결되지 않은 쌍 {count}개(저항 −1): {names}.</translation>
    </message>
    <message>
        <source>{count} pairs of cores joined by a corridor.</source>
        <translation>생태통로로 이어진 핵심지역 쌍 {count}개.</translation>
    </message>
    <message>
        <source>No corridor joins '{a}' and '{b}': resistance −1.</source>
        <translation>'{a}'와(과) '{b}'를 잇는 생태통로가 없습니다: 저항 −1.</translation>
    </message>
    <message>
        <source>Link {label}: the corridor cells beside its path do not join its cores; solved in all the corridor pieces joining them.</source>
        <translation>연결 {label}: 경로 옆의 생태통로 셀이 두 핵심지역을 잇지 않습니다. 두 핵심지역을 잇는 모든 생태통로 조각에서 계산했습니다.</translation>
    </message>
    <message>
        <source>{layer}: distances and areas in {crs} (metres, equal-area).</source>
        <translation>{layer}: 거리와 면적은 {crs} 기준입니다(미터, 정적 좌표계).</translation>
    </message>
    <message>
        <source>{layer}: {count} features share a patch id with another and were merged into one node each.</source>
        <translation>{layer}: 피처 {count}개가 다른 피처와 패치 ID가 같아 각각 하나의 노드로 병합되었습니다.</translation>
    </message>
    <message>
        <source>{layer}: no patch with a measurable geometry; the outputs are empty.</source>
        <translation>{layer}: 측정 가능한 지오메트리를 가진 패치가 없습니다. 산출물은 비어 있습니다.</translation>
    </message>
    <message>
        <source>{layer}: a single patch; PC is its own a² / A_L², and there are no links.</source>
        <translation>{layer}: 패치가 하나뿐입니다. PC는 그 패치의 a² / A_L²이며 연결은 없습니다.</translation>
    </message>
    <message>
        <source>{pairs} pairs within reach for PC (p ≥ {p:g}, d ≤ {pc_reach:,.0f} m); {links} IIC links (d ≤ {iic_distance:,.0f} m).</source>
        <translation>PC 도달 범위 안의 쌍 {pairs}개(p ≥ {p:g}, d ≤ {pc_reach:,.0f} m); IIC 연결 {links}개(d ≤ {iic_distance:,.0f} m).</translation>
    </message>
    <message>
        <source>No pair of patches within reach: every patch is isolated (PC = intra-patch only).</source>
        <translation>도달 범위 안에 있는 패치 쌍이 없습니다: 모든 패치가 고립되어 있습니다(PC = 패치 내부만).</translation>
    </message>
    <message>
        <source>{layer}: {count} features without geometry skipped.</source>
        <translation>{layer}: 지오메트리가 없는 피처 {count}개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{layer}: {count} features without a &apos;{core_id}&apos; value skipped.</source>
        <translation>{layer}: '{core_id}' 값이 없는 피처 {count}개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{layer}: {count} invalid geometries repaired (make_valid).</source>
        <translation>{layer}: 유효하지 않은 지오메트리 {count}개를 복구했습니다(make_valid).</translation>
    </message>
    <message>
        <source>Fewer than two cores in &apos;{layer}&apos;: no links.</source>
        <translation>'{layer}'에 핵심지역이 두 개 미만입니다: 연결이 없습니다.</translation>
    </message>
    <message>
        <source>No pair of cores lies within {max_distance:g} m: no links.</source>
        <translation>{max_distance:g} m 이내에 있는 핵심지역 쌍이 없습니다: 연결이 없습니다.</translation>
    </message>
    <message>
        <source>{cores} cores, {links} links; estimated memory {memory} (up to {whole} if a search must cover the whole raster).</source>
        <translation>핵심지역 {cores}개, 연결 {links}개; 예상 메모리 {memory}(탐색이 래스터 전체를 덮어야 하면 최대 {whole}).</translation>
    </message>
    <message>
        <source>Core '{core}': cheaper routes may leave its first window; searched again in {rows} × {cols} cells.</source>
        <translation>핵심지역 '{core}': 더 저렴한 경로가 첫 창을 벗어날 수 있어 {rows} × {cols} 셀에서 다시 탐색했습니다.</translation>
    </message>
    <message>
        <source>Link {a}-{b} dropped: its least-cost path runs through core &apos;{through}&apos; (DROP_THROUGH_CORES).</source>
        <translation>연결 {a}-{b}을(를) 제외했습니다: 최소비용 경로가 핵심지역 '{through}'을(를) 지나갑니다(DROP_THROUGH_CORES).</translation>
    </message>
    <message>
        <source>Cores &apos;{a}&apos; and &apos;{b}&apos; are not connected through passable cells: the link has no least-cost path.</source>
        <translation>핵심지역 '{a}'와(과) '{b}'는 통과 가능한 셀로 연결되지 않습니다: 이 연결에는 최소비용 경로가 없습니다.</translation>
    </message>
    <message>
        <source>No protected areas given: the whole corridor area is reported as gaps.</source>
        <translation>보호지역이 지정되지 않았습니다: 생태통로 전체 면적을 보호 공백으로 보고합니다.</translation>
    </message>
    <message>
        <source>Corridor gaps: {cells} cells, {parts} link × country parts.</source>
        <translation>생태통로 보호 공백: 셀 {cells}개, 연결 × 국가 부분 {parts}개.</translation>
    </message>
    <message>
        <source>{stations} stations and {detections} detections kept; {rejected} rows left out.</source>
        <translation>스테이션 {stations}개와 탐지 {detections}건을 유지했습니다. {rejected}행을 제외했습니다.</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: no &apos;cost&apos; or &apos;type&apos; field; every feature is taken as a {kind} (from the layer&apos;s name).</source>
        <translation>대안 '{layer}': 'cost' 또는 'type' 필드가 없어 모든 피처를 {kind}(으)로 간주합니다(레이어 이름 기준).</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: raster resampled onto the baseline grid (nearest neighbour).</source>
        <translation>대안 '{layer}': 래스터를 기준 격자로 리샘플링했습니다(최근접 이웃).</translation>
    </message>
    <message>
        <source>Baseline &apos;{layer}&apos;.</source>
        <translation>기준 '{layer}'.</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;.</source>
        <translation>대안 '{layer}'.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons: the outputs are empty.</source>
        <translation>레이어 '{layer}'에 사용할 수 있는 폴리곤이 없습니다: 산출물은 비어 있습니다.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons near the habitat: all habitat is gap.</source>
        <translation>레이어 '{layer}'에 서식지 근처의 사용할 수 있는 폴리곤이 없습니다: 서식지 전체가 보호 공백입니다.</translation>
    </message>
    <message>
        <source>No habitat lies inside any protected area: OUTPUT is empty, all habitat is gap.</source>
        <translation>어느 보호지역 안에도 서식지가 없습니다: OUTPUT은 비어 있고 서식지 전체가 보호 공백입니다.</translation>
    </message>
    <message>
        <source>{layer}: no id field (WDPAID, SITE_ID…); pa_ids are feature numbers from 1.</source>
        <translation>{layer}: ID 필드(WDPAID, SITE_ID…)가 없습니다. pa_id는 1부터 시작하는 피처 번호입니다.</translation>
    </message>
    <message>
        <source>{layer}: country codes from field &apos;{used}&apos;.</source>
        <translation>{layer}: 국가 코드를 '{used}' 필드에서 가져왔습니다.</translation>
    </message>
    <message>
        <source>{layer}: {count} protected areas far from the habitat left out.</source>
        <translation>{layer}: 서식지에서 멀리 떨어진 보호지역 {count}개를 제외했습니다.</translation>
    </message>
    <message>
        <source>Analysis CRS (equal-area, metres): {crs}</source>
        <translation>분석 좌표계(정적, 미터): {crs}</translation>
    </message>
    <message>
        <source>{name}: reprojected from {crs} to the analysis CRS.</source>
        <translation>{name}: {crs}에서 분석 좌표계로 재투영했습니다.</translation>
    </message>
    <message>
        <source>No polygon of &apos;{layer}&apos; overlaps the habitat: country is left empty.</source>
        <translation>'{layer}'의 어떤 폴리곤도 서식지와 겹치지 않습니다: 국가는 비워 둡니다.</translation>
    </message>
    <message>
        <source>Habitat split by country: {features} features → {units} habitat × country units.</source>
        <translation>서식지를 국가별로 분할: 피처 {features}개 → 서식지 × 국가 단위 {units}개.</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; is in an equal-area CRS ({crs}): cells counted as they are.</source>
        <translation>서식지 래스터 '{name}'은(는) 정적 좌표계({crs})입니다: 셀을 그대로 계산합니다.</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; warped (nearest neighbour) to the equal-area grid, cell {cell:.1f} m.</source>
        <translation>서식지 래스터 '{name}'을(를) 정적 격자로 변환했습니다(최근접 이웃, 셀 {cell:.1f} m).</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no habitat cells: the summary is empty.</source>
        <translation>래스터 '{name}'에 서식지 셀이 없습니다: 요약은 비어 있습니다.</translation>
    </message>
    <message>
        <source>{layer}: left out {proposed} &apos;Proposed&apos; and {not_reported} &apos;Not Reported&apos; sites and {mab} UNESCO-MAB Biosphere Reserves.</source>
        <translation>{layer}: 'Proposed' 보호지역 {proposed}곳, 'Not Reported' 보호지역 {not_reported}곳, UNESCO-MAB 생물권보전지역 {mab}곳을 제외했습니다.</translation>
    </message>
    <message>
        <source>Areas and distances in {crs} (metres, equal-area).</source>
        <translation>면적과 거리는 {crs} 기준입니다(미터, 정적 좌표계).</translation>
    </message>
    <message>
        <source>{layer}: {count} piece(s) outside every country polygon (sea, or beyond the countries layer) left out.</source>
        <translation>{layer}: 어느 국가 폴리곤에도 속하지 않는 조각 {count}개(바다 또는 국가 레이어 범위 밖)를 제외했습니다.</translation>
    </message>
    <message>
        <source>{count} protected part(s) smaller than MIN_AREA_HA = {min_area_ha:g} ha dropped.</source>
        <translation>MIN_AREA_HA = {min_area_ha:g} ha보다 작은 보호 부분 {count}개를 제외했습니다.</translation>
    </message>
    <message>
        <source>{layer}: no protected area inside any country; the outputs are empty.</source>
        <translation>{layer}: 어느 국가 안에도 보호지역이 없습니다. 산출물은 비어 있습니다.</translation>
    </message>
    <message>
        <source>{code}: no protected area (after the filters and MIN_AREA_HA); Prot = 0, RelConn and the fractions are empty.</source>
        <translation>{code}: 보호지역이 없습니다(필터와 MIN_AREA_HA 적용 후). Prot = 0이며 RelConn과 비율은 비어 있습니다.</translation>
    </message>
    <message>
        <source>{code}: {nodes} node(s), {foreign} foreign stepping stone(s), {pairs} pair(s) within reach; ProtConn {protconn:.3f} % of {land:,.0f} ha.</source>
        <translation>{code}: 노드 {nodes}개, 해외 징검다리 {foreign}개, 도달 범위 안의 쌍 {pairs}개; ProtConn {protconn:.3f} %({land:,.0f} ha 기준).</translation>
    </message>
    <message>
        <source>Country polygons overlap inside candidate {candidate}: the overlap was given to one country only (check COUNTRIES).</source>
        <translation>후보지 {candidate} 안에서 국가 폴리곤이 겹칩니다: 겹친 부분은 한 국가에만 배정했습니다(COUNTRIES를 확인하십시오).</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie more than {km:g} km from every country polygon and were left out (check that COUNTRIES covers the wetlands).</source>
        <translation>후보지 중 {area:,.1f} ha가 모든 국가 폴리곤에서 {km:g} km보다 멀리 떨어져 있어 제외했습니다(COUNTRIES가 습지를 포함하는지 확인하십시오).</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie outside every country polygon (sea or gaps in COUNTRIES) and were given to the nearest country.</source>
        <translation>후보지 중 {area:,.1f} ha가 어느 국가 폴리곤에도 속하지 않아(바다 또는 COUNTRIES의 빈틈) 가장 가까운 국가에 배정했습니다.</translation>
    </message>
    <message>
        <source>{count} border slivers ({area:,.2f} ha in all) merged into the neighbouring component.</source>
        <translation>경계 조각 {count}개(합계 {area:,.2f} ha)를 인접한 구성 구역에 병합했습니다.</translation>
    </message>
    <message>
        <source>Rejected {row}</source>
        <translation>제외됨 {row}</translation>
    </message>
    <message>
        <source>{complexes} candidate complexes, {components} national components (areas in a Lambert azimuthal equal-area CRS centred on {centre}).</source>
        <translation>후보 습지군 {complexes}개, 국가별 구성 구역 {components}개(면적은 {centre} 중심의 람베르트 정적 방위 좌표계 기준).</translation>
    </message>
    <message>
        <source>RAMSAR: {ramsar} of {count} features are Ramsar sites ({desig}).</source>
        <translation>RAMSAR: 피처 {count}개 중 {ramsar}개가 람사르습지입니다({desig}).</translation>
    </message>
    <message>
        <source>{count} country polygons without a code in &apos;{field}&apos; were ignored.</source>
        <translation>'{field}'에 코드가 없는 국가 폴리곤 {count}개를 무시했습니다.</translation>
    </message>
    <message>
        <source>Closing by {closing:,.0f} m added {area:,.1f} ha across narrow gaps.</source>
        <translation>{closing:,.0f} m 닫힘으로 좁은 틈에 걸쳐 {area:,.1f} ha가 추가되었습니다.</translation>
    </message>
    <message>
        <source>{count} barrier line(s) costed from their type with the {profile} barrier table (expert defaults).</source>
        <translation>장벽 라인 {count}개의 비용을 {profile} 장벽 테이블(전문가 기본값)에 따라 유형에서 정했습니다.</translation>
    </message>
    <message>
        <source>{count} barrier line(s) without a cost or a known type got the default cost {cost:g}.</source>
        <translation>비용도 알려진 유형도 없는 장벽 라인 {count}개에 기본 비용 {cost:g}을(를) 부여했습니다.</translation>
    </message>
    <message>
        <source>{count} barrier line(s) have no cost and no type: treated as barriers of {cost:g} (expert default; set BARRIER_COST to change).</source>
        <translation>장벽 라인 {count}개에 비용도 유형도 없습니다: 비용 {cost:g}의 장벽으로 처리합니다(전문가 기본값; 바꾸려면 BARRIER_COST를 설정하십시오).</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {bands} bands; band 1 is used as land cover.</source>
        <translation>'{layer}'에 밴드가 {bands}개 있습니다. 밴드 1을 토지피복으로 사용합니다.</translation>
    </message>
    <message>
        <source>{skipped} barrier feature(s) with empty geometry skipped.</source>
        <translation>빈 지오메트리를 가진 장벽 피처 {skipped}개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; has no terrain rule: the DEM is not used.</source>
        <translation>프로필 '{profile}'에는 지형 규칙이 없습니다: DEM을 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>DEM &apos;{layer}&apos; is on another grid: resampled bilinearly onto the land-cover grid.</source>
        <translation>DEM '{layer}'의 격자가 다릅니다: 토지피복 격자로 쌍선형 리샘플링했습니다.</translation>
    </message>
    <message>
        <source>Snow leopard ruggedness: TRI 90th percentile = {p90:.1f} m.</source>
        <translation>눈표범 험준도: TRI 90번째 백분위수 = {p90:.1f} m.</translation>
    </message>
    <message>
        <source>Classes missing from the table treated as impassable: {listing}.</source>
        <translation>테이블에 없어 통행 불가로 처리한 분류: {listing}.</translation>
    </message>
    <message>
        <source>{count} cell(s) have no DEM value: no terrain term there.</source>
        <translation>셀 {count}개에 DEM 값이 없습니다: 그곳에는 지형 항이 없습니다.</translation>
    </message>
    <message>
        <source>{count} cell(s) carry a barrier (width {width:g} m).</source>
        <translation>셀 {count}개에 장벽이 있습니다(폭 {width:g} m).</translation>
    </message>
    <message>
        <source>{layer}: {count} features</source>
        <translation>{layer}: 피처 {count}개</translation>
    </message>
    <message>
        <source>{count} invalid geometries repaired (make_valid)</source>
        <translation>유효하지 않은 지오메트리 {count}개 복구(make_valid)</translation>
    </message>
    <message>
        <source>{count} null or empty skipped</source>
        <translation>null 또는 빈 지오메트리 {count}개 건너뜀</translation>
    </message>
    <message>
        <source>{count} zero-area slivers skipped</source>
        <translation>면적이 0인 조각 {count}개 건너뜀</translation>
    </message>
    <message>
        <source>{count} non-polygon geometries skipped</source>
        <translation>폴리곤이 아닌 지오메트리 {count}개 건너뜀</translation>
    </message>
    <message>
        <source>{layer}: recognised the {schema} schema.</source>
        <translation>{layer}: {schema} 스키마를 인식했습니다.</translation>
    </message>
    <message>
        <source>{layer}: {count} sites with STATUS &apos;Proposed&apos; left out.</source>
        <translation>{layer}: STATUS가 'Proposed'인 보호지역 {count}개를 제외했습니다.</translation>
    </message>
    <message>
        <source>{layer}: {count} points drawn as circles of their reported area (REP_AREA) — APPROXIMATE shapes, not boundaries.</source>
        <translation>{layer}: 포인트 {count}개를 보고 면적(REP_AREA)의 원으로 그렸습니다. 경계가 아닌 근사(APPROXIMATE) 형태입니다.</translation>
    </message>
    <message>
        <source>{layer}: {count} points without a reported area skipped.</source>
        <translation>{layer}: 보고 면적이 없는 포인트 {count}개를 건너뛰었습니다.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>NEASPEC Planner language</source>
        <translation>NEASPEC Planner 언어</translation>
    </message>
    <message>
        <source>Interface language of NEASPEC Planner (maps and reports have their own LANGUAGE parameter). The change applies after restarting QGIS or reloading the plugin.</source>
        <translation>NEASPEC Planner의 인터페이스 언어입니다(지도와 보고서에는 별도의 LANGUAGE 파라미터가 있습니다). 변경 사항은 QGIS를 다시 시작하거나 플러그인을 다시 불러온 뒤에 적용됩니다.</translation>
    </message>
    <message>
        <source>'Follow QGIS' uses the language set in QGIS Settings ▸ Options ▸ General</source>
        <translation>'QGIS 설정 따르기'는 QGIS 설정 ▸ 옵션 ▸ 일반에서 지정한 언어를 사용합니다</translation>
    </message>
    <message>
        <source>Follow QGIS</source>
        <translation>QGIS 설정 따르기</translation>
    </message>
</context>
<context>
    <name>LanguageMixin</name>
    <message>
        <source>Language of the map/report texts</source>
        <translation>지도/보고서 문구의 언어</translation>
    </message>
</context>
<context>
    <name>MonitoringGridAlgorithm</name>
    <message>
        <source>Joint monitoring grid (camera traps, shared individuals)</source>
        <translation>공동 모니터링 격자(무인 카메라, 공유 개체)</translation>
    </message>
    <message>
        <source>Puts every country's camera-trap stations and detections on ONE common grid, so that grids built by each side line up cell for cell, and counts effort, detections, naive occupancy, unsurveyed habitat and the individuals detected on both sides of a border.

The grid: square cells of CELL_SIZE metres (default 10,000) in one fixed Lambert azimuthal equal-area CRS (centred at 45° N 120° E, false easting and northing 13,000 km), aligned to its origin (0, 0). cell_id is the cell's place on that lattice (10kmE1302N1405 = the 1302nd cell east and the 1405th north), so the same cell has the same id and square in every run, whatever the extent: each country's tables join on it. Cells are half-open: a station exactly on a cell edge belongs to the cell east of a vertical edge and north of a horizontal one.

COUNTRIES: country polygons with an ISO3 code (found by itself, or COUNTRY_FIELD). STATIONS: points with 'station' (id), optional 'country' (ISO3; else the country the point lies in), 'start' and 'end' dates and/or 'effort_days'. Effort is effort_days, else end − start in days (camera-trap nights); several rows of one station at one place are deployments and add up. DETECTIONS: a table (CSV, spreadsheet) or points with 'station', 'date', 'species' and optional 'individual' (the ID from stripes or spots); points without a station are placed where they are. HABITAT (optional): habitat polygons, or a class raster (HABITAT_CLASSES: the habitat class values, e.g. 10,20; default every value except 0 and nodata). EXTENT (optional; default: the stations, detection points and habitat).

Bad rows are left out and listed in the log with their line numbers (header = line 1; features are numbered from 1): unknown station, unreadable or future date, end before start, negative effort, duplicate detections (same station, species, individual and date), a station id at two places. Stations outside every country polygon are listed too.

GRID: cell_id, countries (ISO3 list of the cell, e.g. CHN,RUS), habitat_ha, stations, effort_days (station-days), det_&lt;species&gt; (detections) and occ_&lt;species&gt; (1 = detected) per species, detected (number of species detected) and gap (1 = habitat and no station: a monitoring gap, hatched). Styles: effort, and occupancy (Layer Properties ▸ Styles). SUMMARY per country × species: cells_habitat (cells with habitat in that country's part), cells_surveyed (cells with its stations), cells_detected, naive_occupancy (= cells_detected / cells_surveyed), effort_days, individuals, shared_individuals (also detected in another country), habitat_gap_cells (its habitat cells with no station of any country). SHARED: each transboundary individual with its species, countries and first and last dates.</source>
        <translation>각 국가의 무인 카메라 스테이션과 탐지 기록을 하나의 공동 격자에 모아, 각자가 만든 격자가 셀 단위로 맞도록 하고, 조사 노력, 탐지, 단순 점유율, 조사되지 않은 서식지, 국경 양쪽에서 탐지된 개체를 집계합니다.

격자: 하나의 고정된 람베르트 방위 정적 좌표계(중심 45° N 120° E, 동·북 가산값 13,000 km)에서 CELL_SIZE 미터(기본값 10,000)의 정사각형 셀로, 원점 (0, 0)에 맞춰져 있습니다. cell_id는 그 격자에서의 셀 위치입니다(10kmE1302N1405 = 동쪽으로 1302번째, 북쪽으로 1405번째 셀). 따라서 범위와 관계없이 같은 셀은 매번 같은 ID와 같은 사각형을 가지며, 각국의 표를 이것으로 결합할 수 있습니다. 셀은 반개구간입니다: 셀 경계 바로 위의 스테이션은 세로 경계의 동쪽, 가로 경계의 북쪽 셀에 속합니다.

COUNTRIES: ISO3 코드가 있는 국가 폴리곤(자동 감지, 또는 COUNTRY_FIELD). STATIONS: 'station'(ID), 선택 'country'(ISO3; 없으면 점이 있는 국가), 'start'와 'end' 날짜 및/또는 'effort_days'가 있는 점. 조사 노력은 effort_days, 없으면 end − start 일수(카메라 야간)이며, 한 스테이션이 같은 위치에서 여러 행이면 설치 기간들로 보고 더합니다. DETECTIONS: 'station', 'date', 'species', 선택 'individual'(줄무늬나 반점으로 식별한 개체 ID)이 있는 표(CSV, 스프레드시트) 또는 점. 스테이션이 없는 점은 그 위치에 놓습니다. HABITAT(선택): 서식지 폴리곤 또는 분류 래스터(HABITAT_CLASSES: 서식지 분류 값, 예: 10,20; 기본값은 0과 nodata를 뺀 모든 값). EXTENT(선택; 기본값: 스테이션, 탐지 점, 서식지).

잘못된 행은 제외하고 행 번호와 함께 로그에 표시합니다(머리글 = 1행; 피처는 1부터 번호): 알 수 없는 스테이션, 읽을 수 없거나 미래인 날짜, 시작보다 이른 종료, 음수 조사 노력, 중복 탐지(같은 스테이션, 종, 개체, 날짜), 두 곳에 있는 같은 스테이션 ID. 어느 국가 폴리곤에도 속하지 않는 스테이션도 표시합니다.

GRID: cell_id, countries(셀의 ISO3 목록, 예: CHN,RUS), habitat_ha, stations, effort_days(스테이션·일), 종별 det_&lt;species&gt;(탐지 수)와 occ_&lt;species&gt;(1 = 탐지됨), detected(탐지된 종 수), gap(1 = 서식지는 있으나 스테이션 없음: 모니터링 공백, 빗금). 스타일: 조사 노력과 점유(레이어 속성 ▸ 스타일). SUMMARY 국가 × 종별: cells_habitat(그 국가 부분에 서식지가 있는 셀), cells_surveyed(그 국가 스테이션이 있는 셀), cells_detected, naive_occupancy(= cells_detected / cells_surveyed), effort_days, individuals, shared_individuals(다른 국가에서도 탐지됨), habitat_gap_cells(어느 국가의 스테이션도 없는 그 국가의 서식지 셀). SHARED: 월경 개체마다 종, 국가, 처음과 마지막 날짜.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>국가 코드 필드 (기본값: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Camera-trap stations (points)</source>
        <translation>무인 카메라 스테이션(점)</translation>
    </message>
    <message>
        <source>Detections (table or points)</source>
        <translation>탐지 기록(표 또는 점)</translation>
    </message>
    <message>
        <source>Habitat (polygons or class raster)</source>
        <translation>서식지(폴리곤 또는 분류 래스터)</translation>
    </message>
    <message>
        <source>Cell size (m)</source>
        <translation>셀 크기(m)</translation>
    </message>
    <message>
        <source>Side of the square cells in metres. Every country must use the same size for their grids to match.</source>
        <translation>정사각형 셀의 한 변(미터). 격자가 맞으려면 모든 국가가 같은 크기를 써야 합니다.</translation>
    </message>
    <message>
        <source>Extent (default: the data)</source>
        <translation>범위(기본값: 데이터)</translation>
    </message>
    <message>
        <source>Habitat class values of the raster (comma-separated)</source>
        <translation>래스터의 서식지 분류 값(쉼표로 구분)</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>모니터링 격자</translation>
    </message>
    <message>
        <source>Monitoring summary by country and species</source>
        <translation>국가·종별 모니터링 요약</translation>
    </message>
    <message>
        <source>Shared (transboundary) individuals</source>
        <translation>공유(월경) 개체</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>레이어 읽는 중…</translation>
    </message>
    <message>
        <source>Habitat class values must be numbers separated by commas (got &apos;{}&apos;).</source>
        <translation>서식지 분류 값은 쉼표로 구분한 숫자여야 합니다(입력값 '{}').</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>취소됨: 산출물을 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Writing the outputs ({} cells)…</source>
        <translation>결과를 쓰는 중({}개 셀)…</translation>
    </message>
    <message>
        <source>{} cells, {} surveyed, {} monitoring gap cells; {} shared individuals; {} rows left out.</source>
        <translation>셀 {}개, 조사됨 {}개, 모니터링 공백 셀 {}개; 공유 개체 {}개; 제외한 행 {}개.</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>조사 노력</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>점유</translation>
    </message>
</context>
<context>
    <name>NeaspecAlgorithm</name>
    <message>
        <source>Input layers</source>
        <translation>입력 레이어</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>생태통로</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>람사르</translation>
    </message>
    <message>
        <source>Maps and reports</source>
        <translation>지도와 보고서</translation>
    </message>
    <message>
        <source>Missing Python packages: {}. Install them from the plugin's menu (NEASPEC Planner ▸ Install dependencies) or by hand:
{}</source>
        <translation>Python 패키지가 없습니다: {}. 플러그인 메뉴(NEASPEC Planner ▸ 의존성 설치)에서 설치하거나 직접 설치하십시오:
{}</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>취소됨: 산출물을 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Not enough memory for this run. Use a smaller extent or a coarser raster.</source>
        <translation>이 실행에 필요한 메모리가 부족합니다. 더 작은 범위나 더 낮은 해상도의 래스터를 사용하십시오.</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>레이어 '{}'에 좌표계가 없습니다. 레이어 속성 ▸ 원본에서 설정한 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>래스터 '{}'은(는) GDAL이 읽을 수 있는 파일이 아닙니다. 먼저 GeoTIFF로 저장하십시오.</translation>
    </message>
    <message>
        <source>Output {} must be a file (GeoPackage, shapefile, GeoTIFF…), not a database table.</source>
        <translation>산출물 {}은(는) 데이터베이스 테이블이 아닌 파일(GeoPackage, 셰이프파일, GeoTIFF…)이어야 합니다.</translation>
    </message>
    <message>
        <source>{}: {} site(s) with STATUS &apos;Proposed&apos; left out (not protected yet); tick &apos;Include proposed protected areas&apos; to count them.</source>
        <translation>{}: STATUS가 'Proposed'인 보호지역 {}곳은 아직 보호되지 않았으므로 제외했습니다. 포함하려면 '제안 단계 보호지역 포함'을 선택하십시오.</translation>
    </message>
    <message>
        <source>{}: IUCN range layer; kept {} of {} polygons (presence extant/probably extant, origin native/reintroduced, seasonal resident/breeding/non-breeding).</source>
        <translation>{}: IUCN 분포 범위 레이어입니다. 폴리곤 {}개를 유지했습니다(전체 {}개 중. 출현: 현존/현존 추정, 기원: 자생/재도입, 계절성: 연중 서식/번식기/비번식기).</translation>
    </message>
    <message>
        <source>{}: {} point sites drawn as circles of their reported area (approximate shapes); {} without a positive REP_AREA skipped.</source>
        <translation>{}: 포인트 보호지역 {}곳을 보고 면적의 원(근사 형태)으로 그렸습니다. REP_AREA가 양수가 아닌 {}곳은 건너뛰었습니다.</translation>
    </message>
</context>
<context>
    <name>NeaspecPlannerPlugin</name>
    <message>
        <source>NEASPEC Planner panel</source>
        <translation>NEASPEC Planner 패널</translation>
    </message>
    <message>
        <source>Show or hide the NEASPEC Planner panel: layers, overlaps, corridors, Ramsar candidates and exports</source>
        <translation>NEASPEC Planner 패널 보이기/숨기기: 레이어, 중첩, 생태통로, 람사르습지 후보지, 내보내기</translation>
    </message>
    <message>
        <source>Install dependencies…</source>
        <translation>의존성 설치…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>언어…</translation>
    </message>
    <message>
        <source>Choose the interface language of NEASPEC Planner</source>
        <translation>NEASPEC Planner의 인터페이스 언어 선택</translation>
    </message>
    <message>
        <source>Missing Python packages: {}</source>
        <translation>Python 패키지가 없습니다: {}</translation>
    </message>
    <message>
        <source>All dependencies are installed.</source>
        <translation>모든 의존성이 설치되어 있습니다.</translation>
    </message>
    <message>
        <source>NEASPEC Planner needs these Python packages: {}.

Install them now into {}? (needs a compiler and GEOS headers on Linux)</source>
        <translation>NEASPEC Planner에는 다음 Python 패키지가 필요합니다: {}.

지금 {}에 설치하시겠습니까? (Linux에서는 컴파일러와 GEOS 헤더가 필요합니다)</translation>
    </message>
    <message>
        <source>Install now</source>
        <translation>지금 설치</translation>
    </message>
    <message>
        <source>Installation failed: {}

Install by hand:
{}</source>
        <translation>설치 실패: {}

직접 설치하십시오:
{}</translation>
    </message>
    <message>
        <source>Dependencies installed in {}</source>
        <translation>의존성을 {}에 설치했습니다</translation>
    </message>
</context>
<context>
    <name>OverlapAlgorithm</name>
    <message>
        <source>Habitat protection and gaps by country</source>
        <translation>국가별 서식지 보호 현황과 보호 공백</translation>
    </message>
    <message>
        <source>Habitat polygons</source>
        <translation>서식지 폴리곤</translation>
    </message>
    <message>
        <source>Habitat class field</source>
        <translation>서식지 분류 필드</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>보호지역</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>국가 코드 필드 (기본값: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Protected-area id field (default: WDPAID / SITE_ID)</source>
        <translation>보호지역 ID 필드 (기본값: WDPAID / SITE_ID)</translation>
    </message>
    <message>
        <source>Breakdown of the protected area</source>
        <translation>보호지역 세부 내역</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>IUCN category (strictest counts)</source>
        <translation>IUCN 범주 (가장 엄격한 범주로 계산)</translation>
    </message>
    <message>
        <source>Designation type (national first)</source>
        <translation>지정 유형 (국가 지정 우선)</translation>
    </message>
    <message>
        <source>Habitat raster (instead of habitat polygons)</source>
        <translation>서식지 래스터 (서식지 폴리곤 대신)</translation>
    </message>
    <message>
        <source>Suitability threshold for the habitat raster (cells ≥ it)</source>
        <translation>서식지 래스터의 적합도 임계값 (이 값 이상인 셀)</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>보호되는 서식지</translation>
    </message>
    <message>
        <source>Protection gaps</source>
        <translation>보호 공백</translation>
    </message>
    <message>
        <source>Summary by habitat and country</source>
        <translation>서식지·국가별 요약</translation>
    </message>
    <message>
        <source>Give habitat polygons (HABITAT) or a habitat raster (HABITAT_RASTER).</source>
        <translation>서식지 폴리곤(HABITAT) 또는 서식지 래스터(HABITAT_RASTER)를 지정하십시오.</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>레이어 읽는 중…</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>취소됨: 산출물을 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Protected: {:,.1f} ha of {:,.1f} ha of habitat ({:.1f} %).</source>
        <translation>보호: {:,.1f} ha (서식지 {:,.1f} ha 중 {:.1f} %).</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>WDPA 포인트를 보고 면적(REP_AREA)의 원으로 그리기 (근사치)</translation>
    </message>
    <message>
        <source>Writing the outputs ({} summary rows)…</source>
        <translation>산출물 기록 중 (요약 행 {}개)…</translation>
    </message>
    <message>
        <source>How much of each habitat is protected, in which country, and where the unprotected parts are.

HABITAT: habitat polygons (species range, wetland type…), with an optional class field (HABITAT_FIELD; without it the layer name is the class). PROTECTED: protected-area polygons (e.g. WDPA); overlapping or nested areas are merged locally first, so no hectare is counted twice. A WDPA point file is refused unless BUFFER_POINTS draws each point as a circle of its reported area (REP_AREA, approximate). COUNTRIES (optional): country polygons with an ISO3 code (ISO3, ISO_A3, ADM0_A3 or GID_0 is found by itself; Natural Earth's -99 codes are replaced by ADM0_A3); habitat across a border is split.

All areas are hectares, measured in a Lambert azimuthal equal-area projection centred on the data (inputs in other CRSs, also EPSG:4326, are reprojected). Invalid polygons are repaired, empty ones skipped; the log says how many.

OUTPUT: habitat inside protection (habitat, country, pa_ids = ids of the protected areas covering all or part of the piece, area_ha). GAPS: habitat outside every protected area (habitat, country, area_ha); skip it to save time, the summary stays complete. SUMMARY: a table per habitat and country: habitat_ha, protected_ha, protected_pct (%), gap_ha.

BREAKDOWN (optional): by IUCN category or designation type; a piece covered by several categories counts once, for the strictest (Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; other; National &gt; Regional &gt; International &gt; other), in an added 'category' field and one '…_ha' column per category.

HABITAT_RASTER (optional, instead of HABITAT): a class raster, or a suitability raster with RASTER_THRESHOLD (cells at or above it are habitat). Cells are counted in an equal-area grid; SUMMARY gets hectares per class and country, OUTPUT and GAPS stay empty.</source>
        <translation>각 서식지가 어느 국가에서 얼마나 보호되고 있는지, 보호되지 않은 부분은 어디인지 계산합니다.

HABITAT: 서식지 폴리곤(종 분포 범위, 습지 유형 등)이며, 선택적으로 분류 필드(HABITAT_FIELD, 없으면 레이어 이름이 분류가 됨)를 지정합니다. PROTECTED: 보호지역 폴리곤(예: WDPA)입니다. 겹치거나 포개진 보호지역은 먼저 국지적으로 병합하므로 같은 면적이 두 번 계산되지 않습니다. WDPA 포인트 파일은 BUFFER_POINTS로 각 포인트를 보고 면적(REP_AREA)의 원(근사치)으로 그리지 않는 한 받지 않습니다. COUNTRIES(선택 사항): ISO3 코드가 있는 국가 폴리곤입니다(ISO3, ISO_A3, ADM0_A3, GID_0 필드를 자동으로 찾고, Natural Earth의 -99 코드는 ADM0_A3로 대체). 국경을 넘는 서식지는 국가별로 나뉩니다.

모든 면적은 헥타르(ha)이며, 데이터 중심의 람베르트 정적 방위도법(등적 투영)에서 측정합니다(EPSG:4326을 포함한 다른 좌표계의 입력은 재투영). 유효하지 않은 폴리곤은 복구하고 빈 폴리곤은 건너뛰며, 그 개수는 로그에 기록됩니다.

OUTPUT: 보호지역 안의 서식지(habitat, country, pa_ids = 그 조각의 전부 또는 일부를 덮는 보호지역들의 ID, area_ha). GAPS: 어떤 보호지역에도 속하지 않은 서식지(habitat, country, area_ha). 시간을 줄이려면 생략할 수 있으며, 요약은 그래도 완전합니다. SUMMARY: 서식지와 국가별 테이블로 habitat_ha, protected_ha, protected_pct(%), gap_ha가 있습니다.

BREAKDOWN(선택 사항): IUCN 범주 또는 지정 유형별 내역입니다. 여러 범주에 덮인 조각은 가장 엄격한 범주(Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; 기타, 국가 &gt; 지역 &gt; 국제 &gt; 기타)로 한 번만 계산하며, 추가된 'category' 필드와 범주마다 '…_ha' 열 하나에 기록됩니다.

HABITAT_RASTER(선택 사항, HABITAT 대신): 분류 래스터, 또는 RASTER_THRESHOLD와 함께 쓰는 적합도 래스터(이 값 이상인 셀이 서식지)입니다. 셀은 등적 격자에서 집계하며, SUMMARY에는 분류와 국가별 헥타르가 들어가고 OUTPUT과 GAPS는 비어 있습니다.</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>제안 단계 보호지역 포함 (WDPA STATUS 'Proposed')</translation>
    </message>
    <message>
        <source>IUCN/BirdLife range habitat: keep extant native resident, breeding and non-breeding range only</source>
        <translation>IUCN/BirdLife 분포 범위 서식지: 현존·자생 범위 중 연중 서식, 번식기, 비번식기 범위만 유지</translation>
    </message>
</context>
<context>
    <name>PinchpointsAlgorithm</name>
    <message>
        <source>Pinch points and effective resistance (circuit theory)</source>
        <translation>병목 지점과 유효 저항 (회로 이론)</translation>
    </message>
    <message>
        <source>Circuit theory between focal nodes, as Circuitscape's raster pairwise mode and Linkage Mapper's Pinchpoint Mapper compute it: where current concentrates, a corridor is narrow — a new road, fence or field there would cut the link, and a crossing or restoration there pays off most.

RESISTANCE: a resistance raster (RESISTANCE_IS = resistance, values &gt; 0) or a conductance raster (values ≥ 0, 0 = no node); nodata cells are no node. As in Circuitscape, resistances are per cell: the cell size is not used. FOCAL: polygons or points; all cells under the features of one FOCAL_ID form one focal node (short-circuited). CONNECTIONS: 4 or 8 neighbours (diagonal conductances ÷ √2). AVERAGE: an edge's conductance from the mean of the two cells' resistances (default) or of their conductances.

Without CORRIDORS every pair of focal nodes (or those at most MAX_DISTANCE m apart, edge to edge) is solved over the whole raster. With CORRIDORS (the corridor raster of the least-cost corridor tool) each link is solved inside the corridor cells that join its two cores; the links are those of LINKS (the corridor tool's links) or else every pair of cores joined by a corridor.

RESISTANCES: from_id, to_id, resistance (effective resistance in the raster's resistance units; −1 when the two are not connected). CURRENT: the current summed over all solved pairs (1 A per pair), nodata where there is no node. PINCHES (with CORRIDORS): the corridor cells, cores left out, at or above PINCH_PERCENTILE of the link's own current, one polygon per link and country (COUNTRIES), with area_ha (equal-area) and max_current (A).

The solver factorises each circuit once (Cholesky-like sparse factor) and reuses it for all pairs of single-cell focal nodes; every solution is checked (backward error and dissipated power) and a circuit that cannot be solved accurately stops the run with a message instead of a wrong number. The memory is estimated first and the run refused above 4 GiB.</source>
        <translation>초점 노드 사이의 회로 이론 계산으로, Circuitscape의 래스터 쌍별 모드와 Linkage Mapper의 Pinchpoint Mapper가 계산하는 방식과 같습니다. 전류가 집중되는 곳은 회랑이 좁은 곳입니다. 그곳에 새 도로, 울타리, 농지가 생기면 연결이 끊어지고, 그곳에 통로를 만들거나 복원하면 효과가 가장 큽니다.

RESISTANCE: 저항 래스터(RESISTANCE_IS = resistance, 값 &gt; 0) 또는 전도도 래스터(값 ≥ 0, 0 = 노드 없음). nodata 셀은 노드가 아닙니다. Circuitscape와 같이 저항은 셀 단위이며 셀 크기는 사용하지 않습니다. FOCAL: 폴리곤 또는 점. 같은 FOCAL_ID를 가진 객체 아래의 모든 셀이 하나의 초점 노드(단락 연결)가 됩니다. CONNECTIONS: 4 또는 8 이웃(대각선 전도도 ÷ √2). AVERAGE: 간선의 전도도를 두 셀 저항의 평균(기본값) 또는 전도도의 평균으로 계산합니다.

CORRIDORS가 없으면 모든 초점 노드 쌍(또는 가장자리 간 거리가 MAX_DISTANCE m 이하인 쌍)을 래스터 전체에서 계산합니다. CORRIDORS(최소 비용 회랑 도구의 회랑 래스터)가 있으면 각 연결을 두 핵심 지역을 잇는 회랑 셀 안에서 계산합니다. 연결은 LINKS(회랑 도구의 연결)에서 가져오며, 없으면 회랑으로 이어진 모든 핵심 지역 쌍입니다.

RESISTANCES: from_id, to_id, resistance(래스터 저항 단위의 유효 저항, 연결되지 않으면 −1). CURRENT: 계산한 모든 쌍의 전류 합계(쌍마다 1 A), 노드가 없는 곳은 nodata. PINCHES(CORRIDORS 사용 시): 핵심 지역을 제외한 회랑 셀 중 해당 연결 전류의 PINCH_PERCENTILE 이상인 셀로, 연결 및 국가(COUNTRIES)마다 폴리곤 하나이며 area_ha(등적)와 max_current(A)를 가집니다.

솔버는 각 회로를 한 번만 분해(촐레스키 유형의 희소 분해)하고 단일 셀 초점 노드의 모든 쌍에 재사용합니다. 모든 해를 검사하며(후방 오차와 소산 전력), 정확히 풀 수 없는 회로는 잘못된 숫자 대신 메시지와 함께 실행을 멈춥니다. 메모리를 먼저 추정하여 4 GiB를 넘으면 실행을 거부합니다.</translation>
    </message>
    <message>
        <source>Resistance raster</source>
        <translation>저항 래스터</translation>
    </message>
    <message>
        <source>The raster holds</source>
        <translation>래스터의 내용</translation>
    </message>
    <message>
        <source>Focal nodes (cores or points)</source>
        <translation>초점 노드 (핵심 지역 또는 점)</translation>
    </message>
    <message>
        <source>Focal node id field</source>
        <translation>초점 노드 ID 필드</translation>
    </message>
    <message>
        <source>Neighbours (4 or 8)</source>
        <translation>이웃 (4 또는 8)</translation>
    </message>
    <message>
        <source>Edge conductance from the mean of the cells&apos;</source>
        <translation>간선 전도도 계산에 쓸 셀 평균:</translation>
    </message>
    <message>
        <source>Corridors raster (from the corridor tool): solve link by link inside it</source>
        <translation>회랑 래스터 (회랑 도구 출력): 그 안에서 연결별로 계산</translation>
    </message>
    <message>
        <source>Links (from the corridor tool: from_id, to_id)</source>
        <translation>연결 (회랑 도구 출력: from_id, to_id)</translation>
    </message>
    <message>
        <source>Maximum pair distance, edge to edge (m)</source>
        <translation>쌍의 최대 거리, 가장자리 간 (m)</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>국가 (ISO3 / ISO_A3 / ADM0_A3 필드)</translation>
    </message>
    <message>
        <source>Pinch points: cells at or above this percentile of a link&apos;s current</source>
        <translation>병목 지점: 연결 전류의 이 백분위수 이상인 셀</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>유효 저항</translation>
    </message>
    <message>
        <source>Cumulative current (A)</source>
        <translation>누적 전류 (A)</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>병목 지점</translation>
    </message>
    <message>
        <source>Neighbours must be 4 or 8 (got {}).</source>
        <translation>이웃 수는 4 또는 8이어야 합니다 (입력값 {}).</translation>
    </message>
    <message>
        <source>Choose the focal node id field.</source>
        <translation>초점 노드 ID 필드를 선택하십시오.</translation>
    </message>
    <message>
        <source>LINKS is used only with a CORRIDORS raster; every pair is solved.</source>
        <translation>LINKS는 CORRIDORS 래스터와 함께일 때만 사용됩니다. 모든 쌍을 계산합니다.</translation>
    </message>
    <message>
        <source>The current raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>전류 래스터는 GeoTIFF로 저장됩니다: .tif 이름을 지정하십시오 (입력값 '{}').</translation>
    </message>
    <message>
        <source>{} focal feature(s) read from &apos;{}&apos;.</source>
        <translation>초점 객체 {}개를 '{}'에서 읽었습니다.</translation>
    </message>
    <message>
        <source>{} pair(s) solved, {} connected; pinch points {:.1f} ha.</source>
        <translation>{}개 쌍 계산, {}개 연결됨; 병목 지점 {:.1f} ha.</translation>
    </message>
    <message>
        <source>No pair to solve: fewer than two focal nodes, none within the maximum distance, or no corridor joining two cores. The outputs are empty.</source>
        <translation>계산할 쌍이 없습니다: 초점 노드가 두 개 미만이거나, 최대 거리 안의 쌍이 없거나, 두 핵심 지역을 잇는 회랑이 없습니다. 출력이 비어 있습니다.</translation>
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
        <translation>NEASPEC Planner: 레이어에서 지도, 보고서, 람사르 문서까지 단계별로 안내하는 워크숍</translation>
    </message>
    <message>
        <source>needed by: {}</source>
        <translation>필요한 단계: {}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Layer used as {} ({})</source>
        <translation>{}(으)로 사용할 레이어 ({})</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (선택 사항)</translation>
    </message>
    <message>
        <source>Amur tiger</source>
        <translation>아무르호랑이</translation>
    </message>
    <message>
        <source>Amur leopard</source>
        <translation>아무르표범</translation>
    </message>
    <message>
        <source>Snow leopard</source>
        <translation>눈표범</translation>
    </message>
    <message>
        <source>Cranes (wetland birds)</source>
        <translation>두루미류 (습지 조류)</translation>
    </message>
    <message>
        <source>Custom cost table</source>
        <translation>사용자 정의 비용 테이블</translation>
    </message>
    <message>
        <source>CSV cost table (*.csv)</source>
        <translation>CSV 비용 테이블 (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 이미지 (*.png);;SVG 도면 (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;Web page (*.html);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 통합 문서 (*.xlsx);;웹 페이지 (*.html);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>The demo region is not installed: {} is missing.</source>
        <translation>데모 지역이 설치되어 있지 않습니다: {}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Demo region</source>
        <translation>데모 지역</translation>
    </message>
    <message>
        <source>Transboundary planning: Tumen River</source>
        <translation>초국경 계획: 두만강</translation>
    </message>
    <message>
        <source>Demo region loaded: {} layers; roles assigned.</source>
        <translation>데모 지역을 불러왔습니다: 레이어 {}개, 역할 지정 완료.</translation>
    </message>
    <message>
        <source>Choose the {} layer in step 1 Layers first.</source>
        <translation>먼저 1단계 레이어에서 {} 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>A step is still running: wait for it or press Cancel.</source>
        <translation>아직 실행 중인 단계가 있습니다. 끝날 때까지 기다리거나 취소를 누르십시오.</translation>
    </message>
    <message>
        <source>{} is not available in this build.</source>
        <translation>이 빌드에서는 {}을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>{} {}</source>
        <translation>{} {}</translation>
    </message>
    <message>
        <source>{}: the results could not be shown: {}</source>
        <translation>{}: 결과를 표시할 수 없습니다: {}</translation>
    </message>
    <message>
        <source>{}: done.</source>
        <translation>{}: 완료.</translation>
    </message>
    <message>
        <source>{}: cancelled; nothing was added.</source>
        <translation>{}: 취소됨. 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>{} failed: {}</source>
        <translation>{} 실패: {}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>중첩</translation>
    </message>
    <message>
        <source>Habitat gaps</source>
        <translation>서식지 보호 공백</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>보호되는 서식지</translation>
    </message>
    <message>
        <source>Overlap summary</source>
        <translation>중첩 요약</translation>
    </message>
    <message>
        <source>The custom profile needs a cost table (CSV with columns class,cost).</source>
        <translation>사용자 정의 프로필에는 비용 테이블(class,cost 열이 있는 CSV)이 필요합니다.</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>생태통로</translation>
    </message>
    <message>
        <source>Corridor links</source>
        <translation>생태통로 연결</translation>
    </message>
    <message>
        <source>Corridor gaps</source>
        <translation>생태통로 보호 공백</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>저항</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: the options are compared with its resistance.</source>
        <translation>먼저 저항과 생태통로를 실행하십시오. 대안은 그 저항을 기준으로 비교됩니다.</translation>
    </message>
    <message>
        <source>Tick at least one option layer to compare.</source>
        <translation>비교할 대안 레이어를 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>대안</translation>
    </message>
    <message>
        <source>Options comparison</source>
        <translation>대안 비교</translation>
    </message>
    <message>
        <source>Link {}, option {}: least-cost distance {}</source>
        <translation>연결 {}, 대안 {}: 최소비용 거리 {}</translation>
    </message>
    <message>
        <source>Ramsar candidates</source>
        <translation>람사르습지 후보지</translation>
    </message>
    <message>
        <source>Candidates summary</source>
        <translation>후보지 요약</translation>
    </message>
    <message>
        <source>{} — {} ({:,.0f} ha)</source>
        <translation>{} — {} ({:,.0f} ha)</translation>
    </message>
    <message>
        <source>{} national component(s); select to see the evidence</source>
        <translation>국가별 구성 구역 {}개. 선택하면 근거를 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>면적 (ha)</translation>
    </message>
    <message>
        <source>Extends abroad</source>
        <translation>국외로 연장</translation>
    </message>
    <message>
        <source>Adjacent Ramsar sites</source>
        <translation>인접한 람사르습지</translation>
    </message>
    <message>
        <source>Ramsar criteria</source>
        <translation>람사르 기준</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Find candidates first.</source>
        <translation>먼저 후보지를 찾으십시오.</translation>
    </message>
    <message>
        <source>Choose the map file to write (.pdf, .png or .svg).</source>
        <translation>기록할 지도 파일을 선택하십시오(.pdf, .png 또는 .svg).</translation>
    </message>
    <message>
        <source>Show at least one layer on the map to print.</source>
        <translation>인쇄할 지도에 레이어를 하나 이상 표시하십시오.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Choose the report file to write (.xlsx, .html, .csv or .pdf).</source>
        <translation>기록할 보고서 파일을 선택하십시오(.xlsx, .html, .csv 또는 .pdf).</translation>
    </message>
    <message>
        <source>Run a step first: the report lists the results of the overlap, corridor, options and Ramsar steps.</source>
        <translation>먼저 단계를 하나 실행하십시오. 보고서에는 중첩, 생태통로, 대안, 람사르 단계의 결과가 실립니다.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Find Ramsar candidates first (step 4) and choose one.</source>
        <translation>먼저 람사르습지 후보지를 찾고(4단계) 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the folder for the Ramsar package.</source>
        <translation>람사르 패키지를 저장할 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>람사르 패키지</translation>
    </message>
    <message>
        <source>{}: written to {}</source>
        <translation>{}: {}에 기록했습니다</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Open the log (tab NEASPEC Planner) with the full messages of the run</source>
        <translation>실행의 전체 메시지가 있는 로그(NEASPEC Planner 탭) 열기</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>보호지역</translation>
    </message>
    <message>
        <source>Habitat</source>
        <translation>서식지</translation>
    </message>
    <message>
        <source>Roads and barriers</source>
        <translation>도로와 장벽</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>핵심지역</translation>
    </message>
    <message>
        <source>Land cover</source>
        <translation>토지피복</translation>
    </message>
    <message>
        <source>Wetlands</source>
        <translation>습지</translation>
    </message>
    <message>
        <source>Ramsar sites</source>
        <translation>람사르습지</translation>
    </message>
    <message>
        <source>Waterbird counts</source>
        <translation>물새 개체수 조사</translation>
    </message>
    <message>
        <source>1 % thresholds</source>
        <translation>1 % 기준치</translation>
    </message>
    <message>
        <source>{} national component(s):</source>
        <translation>국가별 구성 구역 {}개:</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>람사르</translation>
    </message>
    <message>
        <source>polygon layer</source>
        <translation>폴리곤 레이어</translation>
    </message>
    <message>
        <source>line layer</source>
        <translation>라인 레이어</translation>
    </message>
    <message>
        <source>raster layer</source>
        <translation>래스터 레이어</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; ({})</source>
        <translation>대안 '{}' ({})</translation>
    </message>
    <message>
        <source>Raster tiles (*.tif *.tiff *.vrt *.img)</source>
        <translation>래스터 타일 (*.tif *.tiff *.vrt *.img)</translation>
    </message>
    <message>
        <source>Land-cover tile not found: {}</source>
        <translation>토지피복 타일을 찾을 수 없습니다: {}</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: pinch points are found inside its corridors.</source>
        <translation>먼저 저항과 회랑을 실행하십시오: 병목 지점은 그 회랑 안에서 찾습니다.</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>병목 지점</translation>
    </message>
    <message>
        <source>Current (circuit theory)</source>
        <translation>전류 (회로 이론)</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>유효 저항</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>국가별 ProtConn</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>이동 경로 네트워크</translation>
    </message>
    <message>
        <source>Nodes by importance (dPC)</source>
        <translation>중요도별 노드 (dPC)</translation>
    </message>
    <message>
        <source>Links by probability</source>
        <translation>확률별 연결</translation>
    </message>
    <message>
        <source>Connectivity summary</source>
        <translation>연결성 요약</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>모니터링 격자</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>조사 노력</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>점유</translation>
    </message>
    <message>
        <source>Monitoring summary</source>
        <translation>모니터링 요약</translation>
    </message>
    <message>
        <source>Shared individuals</source>
        <translation>공유 개체</translation>
    </message>
    <message>
        <source>Camera-trap stations</source>
        <translation>무인 카메라 스테이션</translation>
    </message>
    <message>
        <source>Camera-trap detections</source>
        <translation>무인 카메라 탐지 기록</translation>
    </message>
    <message>
        <source>Habitat to monitor</source>
        <translation>모니터링할 서식지</translation>
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
        <translation>1  레이어: 역할 지정</translation>
    </message>
    <message>
        <source>Tell the planner which loaded layer plays which role</source>
        <translation>불러온 레이어 중 어느 레이어가 어떤 역할을 하는지 지정합니다</translation>
    </message>
    <message>
        <source>Choose the layer for each role. Roles are suggested from the layers&apos; names and fields; change any of them. Optional roles can stay empty.</source>
        <translation>역할마다 레이어를 선택하십시오. 역할은 레이어 이름과 필드로부터 제안되며, 어느 것이든 바꿀 수 있습니다. 선택 사항인 역할은 비워 두어도 됩니다.</translation>
    </message>
    <message>
        <source>Load demo region</source>
        <translation>데모 지역 불러오기</translation>
    </message>
    <message>
        <source>Add the bundled demo region (Tumen River, Primorye–Hunchun, Altai, Dauria, Khanka) to the project and assign its layers to the roles</source>
        <translation>내장된 데모 지역(두만강, 연해주–훈춘, 알타이, 다우리아, 흥개호)을 프로젝트에 추가하고 그 레이어를 역할에 지정합니다</translation>
    </message>
    <message>
        <source>Suggest roles</source>
        <translation>역할 제안</translation>
    </message>
    <message>
        <source>Fill the empty roles from the loaded layers&apos; names and fields (roles you set stay as they are)</source>
        <translation>불러온 레이어의 이름과 필드로 비어 있는 역할을 채웁니다(직접 지정한 역할은 그대로 유지)</translation>
    </message>
    <message>
        <source>2  Overlaps: habitat in protected areas</source>
        <translation>2  중첩: 보호지역 안의 서식지</translation>
    </message>
    <message>
        <source>How much habitat lies inside protected areas, per country</source>
        <translation>국가별로 서식지가 보호지역 안에 얼마나 있는지</translation>
    </message>
    <message>
        <source>Habitat × protected areas × countries. Overlapping designations are counted once; areas in hectares (equal-area projection).</source>
        <translation>서식지 × 보호지역 × 국가. 겹치는 지정 구역은 한 번만 계산하며, 면적은 헥타르(등적 투영)입니다.</translation>
    </message>
    <message>
        <source>Habitat field</source>
        <translation>서식지 필드</translation>
    </message>
    <message>
        <source>Field of the habitat layer naming the habitat or species (empty: one habitat)</source>
        <translation>서식지 또는 종 이름이 있는 서식지 레이어의 필드 (비워 두면 서식지 하나)</translation>
    </message>
    <message>
        <source>Country field</source>
        <translation>국가 필드</translation>
    </message>
    <message>
        <source>Field of the countries layer with the ISO 3166 code (empty: detect ISO3, ISO_A3 or ADM0_A3)</source>
        <translation>ISO 3166 코드가 있는 국가 레이어의 필드 (비워 두면 ISO3, ISO_A3 또는 ADM0_A3를 자동 감지)</translation>
    </message>
    <message>
        <source>Run overlap</source>
        <translation>중첩 실행</translation>
    </message>
    <message>
        <source>Run neaspec:overlap in the background; the results land in a layer group named after the run</source>
        <translation>neaspec:overlap을 백그라운드에서 실행합니다. 결과는 실행 이름을 딴 레이어 그룹에 추가됩니다</translation>
    </message>
    <message>
        <source>Habitat and protected hectares per habitat and country (last run)</source>
        <translation>서식지·국가별 서식지 면적과 보호 면적(ha) (최근 실행)</translation>
    </message>
    <message>
        <source>3  Corridors: links, gaps, options</source>
        <translation>3  생태통로: 연결, 보호 공백, 대안</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, their gaps, and options compared side by side</source>
        <translation>핵심지역 사이의 최소비용 생태통로와 그 보호 공백, 대안 나란히 비교</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>종 프로필</translation>
    </message>
    <message>
        <source>Resistance of each land-cover class for this species (docs/algorithms/resistance.md); custom uses your cost table</source>
        <translation>이 종에 대한 토지피복 분류별 저항(docs/algorithms/resistance.md). 사용자 정의는 직접 준비한 비용 테이블을 사용합니다</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>비용 테이블</translation>
    </message>
    <message>
        <source>Optional CSV with columns class,cost (land-cover code, cost ≥ 1; empty cost = impassable). Needed for the custom profile</source>
        <translation>class,cost 열이 있는 CSV(선택 사항, 토지피복 코드와 비용 ≥ 1, 비용이 비어 있으면 통행 불가). 사용자 정의 프로필에는 필수</translation>
    </message>
    <message>
        <source>Barrier width</source>
        <translation>장벽 폭</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>핵심지역 ID 필드</translation>
    </message>
    <message>
        <source>Field of the core areas layer with a unique id for each core</source>
        <translation>핵심지역마다 고유 ID가 있는 핵심지역 레이어의 필드</translation>
    </message>
    <message>
        <source>Max. distance</source>
        <translation>최대 거리</translation>
    </message>
    <message>
        <source>Only core pairs closer than this (straight line, edge to edge, kilometres) are linked</source>
        <translation>경계 간 직선거리(km)가 이 값보다 가까운 핵심지역 쌍만 연결합니다</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Corridor width</source>
        <translation>생태통로 폭</translation>
    </message>
    <message>
        <source>Corridor width in cost units above the least-cost path (normalized least-cost corridor); 0 uses the algorithm&apos;s default</source>
        <translation>최소비용 경로보다 높은 비용 단위로 나타낸 생태통로 폭(정규화 최소비용 생태통로). 0이면 알고리즘의 기본값을 사용합니다</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Run resistance and corridors</source>
        <translation>저항과 생태통로 실행</translation>
    </message>
    <message>
        <source>Build the resistance surface from the land cover (and roads), then the corridors between the core areas, in the background</source>
        <translation>토지피복(과 도로)으로 저항 표면을 만든 뒤 핵심지역 사이의 생태통로를 백그라운드에서 계산합니다</translation>
    </message>
    <message>
        <source>Corridor links of the last run, best ranked first</source>
        <translation>최근 실행의 생태통로 연결, 순위가 높은 순</translation>
    </message>
    <message>
        <source>Options to compare</source>
        <translation>비교할 대안</translation>
    </message>
    <message>
        <source>Crossings, restorations or new barriers applied to the baseline resistance, compared link by link</source>
        <translation>기준 저항에 적용한 횡단 시설, 복원 또는 새 장벽을 연결별로 비교합니다</translation>
    </message>
    <message>
        <source>Tick the option layers to compare with the baseline (each option is named after its layer)</source>
        <translation>기준과 비교할 대안 레이어를 선택하십시오(각 대안의 이름은 레이어 이름을 따름)</translation>
    </message>
    <message>
        <source>Compare options</source>
        <translation>대안 비교</translation>
    </message>
    <message>
        <source>Run neaspec:compare_options with the baseline resistance of the last corridor run and the ticked options</source>
        <translation>최근 생태통로 실행의 기준 저항과 선택한 대안으로 neaspec:compare_options를 실행합니다</translation>
    </message>
    <message>
        <source>Least-cost distance per link and option; the change against the baseline in brackets</source>
        <translation>연결·대안별 최소비용 거리. 괄호 안은 기준 대비 변화</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>지도에 표시</translation>
    </message>
    <message>
        <source>Switch the map between the baseline and each option (shows only that option&apos;s layers)</source>
        <translation>지도를 기준과 각 대안 사이에서 전환합니다(해당 대안의 레이어만 표시)</translation>
    </message>
    <message>
        <source>4  Ramsar candidates</source>
        <translation>4  람사르습지 후보지</translation>
    </message>
    <message>
        <source>Candidate transboundary Ramsar sites, split into each Party&apos;s component</source>
        <translation>초국경 람사르습지 후보지를 당사국별 구성 구역으로 나눕니다</translation>
    </message>
    <message>
        <source>Site field</source>
        <translation>습지 키 필드</translation>
    </message>
    <message>
        <source>Field of the wetlands layer with a unique site key, matching the counts table&apos;s site column (empty: site, else name)</source>
        <translation>개체수 조사 테이블의 site 열과 일치하는 고유 습지 키가 있는 습지 레이어의 필드 (비워 두면 site, 없으면 name)</translation>
    </message>
    <message>
        <source>Link distance</source>
        <translation>연결 거리</translation>
    </message>
    <message>
        <source>Wetlands closer than this (kilometres) across a border are grouped into one candidate site; 0 uses the algorithm&apos;s default</source>
        <translation>국경을 사이에 두고 이 거리(km)보다 가까운 습지들을 하나의 후보지로 묶습니다. 0이면 알고리즘의 기본값을 사용합니다</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>후보지 찾기</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_candidates in the background</source>
        <translation>neaspec:ramsar_candidates를 백그라운드에서 실행합니다</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>후보지</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>지도에서 선택</translation>
    </message>
    <message>
        <source>Click a candidate component on the map to select it in the list</source>
        <translation>지도에서 후보지 구성 구역을 클릭하면 목록에서 선택됩니다</translation>
    </message>
    <message>
        <source>Candidate sites of the last run; select one to see its components and evidence and to zoom to it</source>
        <translation>최근 실행의 후보지. 하나를 선택하면 구성 구역과 근거를 보여 주고 그곳으로 확대합니다</translation>
    </message>
    <message>
        <source>Components of the selected candidate (one per Party), Ramsar criteria and evidence</source>
        <translation>선택한 후보지의 구성 구역(당사국별 하나), 람사르 기준과 근거</translation>
    </message>
    <message>
        <source>Planning maps, attribute reports and the Ramsar designation package</source>
        <translation>계획 지도, 속성 보고서, 람사르습지 지정 패키지</translation>
    </message>
    <message>
        <source>Planning map</source>
        <translation>계획 지도</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Title printed on the map</source>
        <translation>지도에 인쇄할 제목</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Map file to write: .pdf, .png or .svg</source>
        <translation>기록할 지도 파일: .pdf, .png 또는 .svg</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>지도 내보내기</translation>
    </message>
    <message>
        <source>Run neaspec:planning_map with the visible layers of the project</source>
        <translation>프로젝트에 표시된 레이어로 neaspec:planning_map을 실행합니다</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Report file to write: .xlsx, .csv, .html or .pdf</source>
        <translation>기록할 보고서 파일: .xlsx, .csv, .html 또는 .pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Run neaspec:report on the result tables of this session&apos;s runs</source>
        <translation>이번 세션에서 실행한 결과 테이블로 neaspec:report를 실행합니다</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>람사르 패키지</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>후보지</translation>
    </message>
    <message>
        <source>Candidate site to package (from the Ramsar step)</source>
        <translation>패키지로 만들 후보지 (람사르 단계의 결과)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Folder for the package: per Party a shapefile, KML and map PDF, the RIS sheet and a combined map</source>
        <translation>패키지 폴더: 당사국별 셰이프파일, KML, 지도 PDF, RIS 기록지와 통합 지도</translation>
    </message>
    <message>
        <source>Export Ramsar package</source>
        <translation>람사르 패키지 내보내기</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_package for the chosen candidate</source>
        <translation>선택한 후보지로 neaspec:ramsar_package를 실행합니다</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>준비됨.</translation>
    </message>
    <message>
        <source>What the planner is doing</source>
        <translation>플래너가 지금 하고 있는 작업</translation>
    </message>
    <message>
        <source>Progress of the running step</source>
        <translation>실행 중인 단계의 진행률</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the running step; nothing is written or added to the map</source>
        <translation>실행 중인 단계를 중지합니다. 아무것도 기록하거나 지도에 추가하지 않습니다</translation>
    </message>
    <message>
        <source>Width in metres over which roads and fences add their cost to the resistance; &quot;default&quot; uses the algorithm&apos;s default width</source>
        <translation>도로와 울타리가 저항에 비용을 더하는 폭(m). &quot;기본값&quot;이면 알고리즘의 기본 폭을 사용합니다</translation>
    </message>
    <message>
        <source>Land-cover tiles</source>
        <translation>토지피복 타일</translation>
    </message>
    <message>
        <source>Optional: several land-cover tiles (e.g. ESA WorldCover, as downloaded, in lon/lat) or a folder holding them; they replace the land-cover layer and are mosaicked, reprojected and averaged to 100 m cells</source>
        <translation>선택 사항: 여러 토지피복 타일(예: 내려받은 그대로의 경위도 ESA WorldCover) 또는 그 타일이 든 폴더. 토지피복 레이어를 대신하며 모자이크, 재투영 후 100 m 셀로 평균합니다</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>병목 지점</translation>
    </message>
    <message>
        <source>Circuit theory inside the corridors of the last corridor run (neaspec:pinchpoints): the effective resistance of each link, the current map and the pinch points where the corridor is narrow, per country</source>
        <translation>마지막 회랑 실행의 회랑 안에서 회로 이론 계산(neaspec:pinchpoints): 각 연결의 유효 저항, 전류 지도, 회랑이 좁아지는 병목 지점(국가별)</translation>
    </message>
    <message>
        <source>How well the protected areas of each country, or the wetlands of a flyway, are connected, and which site matters most</source>
        <translation>각 나라의 보호지역 또는 이동 경로의 습지가 얼마나 연결되어 있고 어느 지역이 가장 중요한지</translation>
    </message>
    <message>
        <source>Dispersal distance</source>
        <translation>분산 거리</translation>
    </message>
    <message>
        <source>Median dispersal distance between protected areas, edge to edge (kilometres): the probability of a link is 0.5 at this distance (JRC: 10 km)</source>
        <translation>보호지역 사이(가장자리 간) 중앙 분산 거리(킬로미터): 이 거리에서 연결 확률이 0.5입니다 (JRC: 10 km)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>ISO3 codes of the countries to assess, separated by commas (empty: every country holding a protected area)</source>
        <translation>평가할 국가의 ISO3 코드, 쉼표로 구분 (비우면: 보호지역이 있는 모든 국가)</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>국가별 ProtConn</translation>
    </message>
    <message>
        <source>Run neaspec:protconn on the protected areas and countries of step 1</source>
        <translation>1단계의 보호지역과 국가에 neaspec:protconn 실행</translation>
    </message>
    <message>
        <source>Flight distance</source>
        <translation>비행 거리</translation>
    </message>
    <message>
        <source>Distance between wetlands, edge to edge, at which a bird reaches the next site with probability 0.5 (kilometres; cranes: a few hundred km a day)</source>
        <translation>새가 다음 습지에 확률 0.5로 도달하는 습지 간(가장자리 간) 거리 (킬로미터; 두루미류: 하루 수백 km)</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>이동 경로 네트워크</translation>
    </message>
    <message>
        <source>Run neaspec:connectivity on the wetlands of step 1 (site field of step 4)</source>
        <translation>1단계의 습지에 neaspec:connectivity 실행 (4단계의 지역 필드)</translation>
    </message>
    <message>
        <source>The workshop steps, top to bottom: assign layers, measure overlaps, model corridors, find Ramsar candidates, monitor across borders, export</source>
        <translation>워크숍 단계(위에서 아래로): 레이어 지정, 중첩 측정, 생태통로 모델링, 람사르 후보지 찾기, 국경 간 모니터링, 내보내기</translation>
    </message>
    <message>
        <source>5  Monitoring: camera traps across borders</source>
        <translation>5  모니터링: 국경 간 무인 카메라</translation>
    </message>
    <message>
        <source>One common survey grid for every country: effort, detections, naive occupancy, monitoring gaps and shared individuals</source>
        <translation>모든 국가가 함께 쓰는 하나의 조사 격자: 조사 노력, 탐지, 단순 점유율, 모니터링 공백, 공유 개체</translation>
    </message>
    <message>
        <source>Camera-trap stations and detections of every side on one fixed grid (the same cells and ids in every country&apos;s run). Choose the stations and detections in step 1 Layers.</source>
        <translation>각 측의 무인 카메라 스테이션과 탐지 기록을 하나의 고정 격자에 모읍니다(어느 국가에서 실행해도 같은 셀과 ID). 1단계 레이어에서 스테이션과 탐지 기록을 선택하십시오.</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>셀 크기</translation>
    </message>
    <message>
        <source>Side of the grid cells in kilometres; every country must use the same size for their grids to match</source>
        <translation>격자 셀의 한 변(킬로미터). 격자가 맞으려면 모든 국가가 같은 크기를 써야 합니다</translation>
    </message>
    <message>
        <source>Build monitoring grid</source>
        <translation>모니터링 격자 만들기</translation>
    </message>
    <message>
        <source>Run neaspec:monitoring_grid in the background; the grid (effort and occupancy styles, gaps hatched), the summary and the shared individuals land in a layer group</source>
        <translation>neaspec:monitoring_grid를 백그라운드에서 실행합니다. 격자(조사 노력·점유 스타일, 공백은 빗금), 요약, 공유 개체가 레이어 그룹에 추가됩니다</translation>
    </message>
    <message>
        <source>Per country and species: cells surveyed, detected, naive occupancy, individuals, shared individuals and monitoring gaps (last run)</source>
        <translation>국가·종별: 조사된 셀, 탐지된 셀, 단순 점유율, 개체, 공유 개체, 모니터링 공백(최근 실행)</translation>
    </message>
    <message>
        <source>6  Export: maps, reports, Ramsar package</source>
        <translation>6  내보내기: 지도, 보고서, 람사르 패키지</translation>
    </message>
    <message>
        <source>7  Connectivity: ProtConn and flyways</source>
        <translation>7  연결성: ProtConn과 이동 경로</translation>
    </message>
</context>
<context>
    <name>PlanningMapAlgorithm</name>
    <message>
        <source>Planning map (PDF, PNG, SVG)</source>
        <translation>계획 지도 (PDF, PNG, SVG)</translation>
    </message>
    <message>
        <source>Layers to map (top first)</source>
        <translation>지도에 표시할 레이어 (위에 그릴 레이어부터)</translation>
    </message>
    <message>
        <source>Layout template (.qpt); empty = bundled page below</source>
        <translation>조판 템플릿 (.qpt). 비워 두면 아래의 내장 페이지</translation>
    </message>
    <message>
        <source>Bundled page</source>
        <translation>내장 페이지</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>부제목</translation>
    </message>
    <message>
        <source>Map extent</source>
        <translation>지도 범위</translation>
    </message>
    <message>
        <source>Margin around the layers (%)</source>
        <translation>레이어 주위 여백 (%)</translation>
    </message>
    <message>
        <source>Other data sources (credits)</source>
        <translation>기타 데이터 출처 (출처 표기)</translation>
    </message>
    <message>
        <source>Atlas: one page per feature of</source>
        <translation>지도책: 다음 레이어의 객체마다 한 페이지</translation>
    </message>
    <message>
        <source>Atlas page name field</source>
        <translation>지도책 페이지 이름 필드</translation>
    </message>
    <message>
        <source>Resolution (dots per inch; PNG and rasters in PDF)</source>
        <translation>해상도 (DPI, PNG 및 PDF 안의 래스터)</translation>
    </message>
    <message>
        <source>Map file</source>
        <translation>지도 파일</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 이미지 (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지 수</translation>
    </message>
    <message>
        <source>No layers to map: choose at least one layer in LAYERS.</source>
        <translation>지도에 표시할 레이어가 없습니다. LAYERS에서 레이어를 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>레이어 '{}'을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>레이어 '{}'에 좌표계가 없습니다. 레이어 속성 ▸ 원본에서 설정한 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Styled &apos;{}&apos; with the planner&apos;s style.</source>
        <translation>'{}'에 플래너 스타일을 적용했습니다.</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .pdf, .png or .svg.</source>
        <translation>산출물 '{}'은(는) .pdf, .png 또는 .svg로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Template: {}</source>
        <translation>템플릿: {}</translation>
    </message>
    <message>
        <source>Cancelled: no map was written.</source>
        <translation>취소됨: 지도를 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>{} 기록 완료</translation>
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
        <translation>조판 템플릿을 사용해 선택한 레이어로 인쇄용 지도를 만듭니다. 제목, 부제목과 날짜, 해당 지역을 중심으로 한 등적 투영의 본 지도, 지도에 표시된 레이어의 범례, km 단위 축척 막대, 방위표, 도(°) 라벨이 있는 경위선망, 동북아시아 위치도(삽입 지도), 데이터 출처(WDPA, Natural Earth 및 사용자의 자료), 그리고 표시된 경계가 공식 경계가 아니라는 문구가 들어갑니다.

레이어는 자신의 스타일을 유지하며, 파일에서 불러온 레이어에는 종류(국가, 보호지역, 습지, 서식지, 핵심지역, 도로, 토지피복, 생태통로 등)에 맞는 플래너 스타일이 적용됩니다.
템플릿: .qpt 파일, 또는 비워 두면 내장 페이지(A4/A3 세로 또는 가로, 16:9 슬라이드)를 사용합니다.
범위: 비워 두면 모든 레이어에 여백(각 변에 범위의 퍼센트)을 더한 범위입니다.
언어: en, zh, ru, mn, ko, ja용 문구와 글꼴(Noto Sans / Noto Sans CJK).
지도책 레이어: 객체마다(국가, 생태통로 연결, 람사르습지 후보지마다) 한 페이지이며, PDF에는 모든 페이지가 들어가고 PNG/SVG는 페이지마다 파일 하나(name_002.png …)입니다.
관심 지역: 폴리곤 레이어(연구 지역, 공원, 유역). 지도는 모든 레이어의 개관 페이지로 시작하고 지역마다 그 이름을 제목으로 하여 그 지역으로 확대한 페이지가 이어집니다(페이지마다 고유한 정적 투영, 경위선망, 축척 막대). 모든 페이지에 지역 윤곽이 표시됩니다.
산출물: .pdf(벡터, 글꼴 포함, 텍스트 선택 가능), .png(DPI 해상도) 또는 .svg.</translation>
    </message>
    <message>
        <source>Areas of interest: overview page, then one page per area of</source>
        <translation>관심 지역: 개관 페이지 다음에 지역마다 한 페이지, 대상 레이어</translation>
    </message>
    <message>
        <source>Area name field (page titles)</source>
        <translation>지역 이름 필드 (페이지 제목)</translation>
    </message>
    <message>
        <source>Choose either an atlas layer or areas of interest, not both.</source>
        <translation>아틀라스 레이어나 관심 지역 중 하나만 선택하십시오.</translation>
    </message>
    <message>
        <source>The areas of interest layer &apos;{}&apos; has no features: nothing to make pages of.</source>
        <translation>관심 지역 레이어 '{}'에 피처가 없습니다. 만들 페이지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProtConnAlgorithm</name>
    <message>
        <source>Protected-area connectivity per country (ProtConn)</source>
        <translation>국가별 보호지역 연결성 (ProtConn)</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>보호지역</translation>
    </message>
    <message>
        <source>Countries (land polygons)</source>
        <translation>국가 (육지 폴리곤)</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>국가 코드 필드 (기본값: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Countries to assess (ISO3 codes separated by commas; default: all)</source>
        <translation>평가할 국가 (쉼표로 구분한 ISO3 코드; 기본값: 전체)</translation>
    </message>
    <message>
        <source>Foreign stepping stones within (m)</source>
        <translation>해외 징검다리 포함 거리 (m)</translation>
    </message>
    <message>
        <source>Smallest protected part kept (ha)</source>
        <translation>유지할 최소 보호 부분 (ha)</translation>
    </message>
    <message>
        <source>Importance of every node (dPC)</source>
        <translation>각 노드의 중요도 (dPC)</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>WDPA 포인트를 보고 면적(REP_AREA)의 원으로 그리기 (근사치)</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>제안 단계 보호지역 포함 (WDPA STATUS 'Proposed')</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>국가별 ProtConn</translation>
    </message>
    <message>
        <source>ProtConn nodes with their importance (dPC)</source>
        <translation>ProtConn 노드와 그 중요도 (dPC)</translation>
    </message>
    <message>
        <source>{}: Prot {:.2f} %, ProtConn {:.2f} %, ProtConn_Bound {:.2f} % ({} nodes, {} foreign stepping stones).</source>
        <translation>{}: Prot {:.2f} %, ProtConn {:.2f} %, ProtConn_Bound {:.2f} % (노드 {}개, 해외 징검다리 {}개).</translation>
    </message>
    <message>
        <source>ProtConn, the indicator of Kunming–Montreal target 3 (Saura et al.; the JRC DOPA method): the share of a country's land that is protected and connected.

PROTECTED: protected-area polygons, filtered as in WDPA analyses (no 'Proposed' or 'Not Reported' sites, no UNESCO-MAB Biosphere Reserves; point sites only with BUFFER_POINTS, as circles of their REP_AREA). They are cut at the borders of COUNTRIES (ISO3 codes from COUNTRY_FIELD), dissolved per country and split into single parts: the nodes; parts below MIN_AREA_HA (ha) are dropped. COUNTRY_CODES: the countries to assess, separated by commas (default: every country holding a protected area).
Protected areas of other countries within TRANSBOUNDARY_DISTANCE (m) of the country are stepping stones with no area of their own — also those touching the border and the outer part of a park that straddles it. Distances are edge to edge in an equal-area projection; p = PROBABILITY at MEDIAN_DISTANCE (JRC: 10 km, 0.5).

SUMMARY, one row per country (all in % of the land area unless named otherwise): land_ha, prot_ha, prot, protconn, protunconn = prot − protconn, relconn = 100 protconn / prot; in % of protconn: protconn_trans (owed to the foreign stepping stones), protconn_prot (within dissolved protected land), protconn_unprot (through unprotected land), protconn_within (within single protected areas) and protconn_contig = protconn_prot − protconn_within (across touching areas); the JRC bound correction: sea_outland (what sea and foreign land cut off), protconn_bound = protconn + sea_outland, protunconn_design = prot − protconn_bound; n_nodes, n_foreign.
NODES: the nodes of each assessment with country (assessed), node_country, a (ha; 0 for stepping stones), foreign (1/0), dPC and rank (1 = the node whose loss costs most) — with NODE_IMPORTANCE (advanced; slow for thousands of protected areas), else dPC is empty and rank 0.</source>
        <translation>ProtConn은 쿤밍-몬트리올 목표 3의 지표입니다(Saura 등; JRC DOPA 방법): 한 나라의 육지 가운데 보호되면서 서로 연결된 비율.

PROTECTED: 보호지역 폴리곤으로, WDPA 분석처럼 걸러집니다('Proposed' 또는 'Not Reported' 지역과 UNESCO-MAB 생물권보전지역 제외; 점 지역은 BUFFER_POINTS일 때만 REP_AREA 면적의 원으로). COUNTRIES의 국경에서 잘리고(ISO3 코드는 COUNTRY_FIELD에서), 국가별로 합쳐 단일 부분으로 나뉩니다: 이것이 노드이며, MIN_AREA_HA(ha)보다 작은 부분은 버립니다. COUNTRY_CODES: 평가할 국가, 쉼표로 구분(기본값: 보호지역이 있는 모든 국가).
그 나라에서 TRANSBOUNDARY_DISTANCE(m) 이내에 있는 다른 나라의 보호지역은 자체 면적 없이 징검다리로 참여합니다 — 국경에 맞닿은 것과 국경에 걸친 공원의 바깥 부분도 포함. 거리는 등적 투영에서 가장자리 사이 거리이며, MEDIAN_DISTANCE에서 p = PROBABILITY(JRC: 10 km, 0.5).

SUMMARY, 국가마다 한 행(따로 밝히지 않으면 모두 육지 면적의 %): land_ha, prot_ha, prot, protconn, protunconn = prot − protconn, relconn = 100 protconn / prot; protconn의 %로: protconn_trans(해외 징검다리 덕분), protconn_prot(합쳐진 보호지역 내부), protconn_unprot(보호되지 않은 땅을 거쳐), protconn_within(개별 보호지역 내부)과 protconn_contig = protconn_prot − protconn_within(맞닿은 지역 사이); JRC 경계 보정: sea_outland(바다와 외국 땅이 끊는 부분), protconn_bound = protconn + sea_outland, protunconn_design = prot − protconn_bound; n_nodes, n_foreign.
NODES: 각 평가의 노드와 country(평가 대상 국가), node_country, a(ha; 징검다리는 0), foreign(1/0), dPC와 rank(1 = 잃으면 손실이 가장 큰 노드).
dPC와 rank는 NODE_IMPORTANCE(고급; 보호지역이 수천 개면 느림)일 때만 계산하며, 그 밖에는 dPC가 비고 rank는 0입니다.</translation>
    </message>
</context>
<context>
    <name>RamsarCandidatesAlgorithm</name>
    <message>
        <source>Ramsar candidates (transboundary)</source>
        <translation>람사르습지 후보지 (초국경)</translation>
    </message>
    <message>
        <source>Finds candidate Ramsar sites in a wetland layer and splits each into one component per Party (country), with the figures a Ramsar Information Sheet asks for.

Wetlands (and existing Ramsar sites and, optionally, protected areas) closer than the link distance (metres) form one candidate complex; its boundary is the union of its members, optionally joined across narrow gaps by a closing distance (metres) that never reaches outside the members' convex hull or into the sea unless you allow it. The boundary is cut by the countries into national components.

Each component gets: candidate id (C01, C02… west to east), party (ISO3), area_ha (hectares, equal-area projection), centroid_lat/centroid_lon (WGS84 degrees; a point on the surface when the centroid falls outside), extends_abroad (1 when the candidate has components in other countries), adjacent_ramsar (designated Ramsar sites of another Party within the adjacency distance, with their number), criteria (e.g. 2,5,6) and evidence.

Criteria come from the optional tables: COUNTS (site, species, season, count — site as in the wetlands' site field), THRESHOLDS (species, population, threshold_1pct or estimate; thresholds are computed from the estimate with the Waterbird Population Estimates rounding rule: 1 % rounded to the nearest 1 up to 10, 5 up to 100, 10 up to 1,000, 100 above; populations of 2,000,000 or more → 20,000) and SPECIES (species, scientific_name, redlist_category). Criterion 5: 20,000 waterbirds or more regularly; Criterion 6: 1 % of a population regularly; Criterion 2: a VU, EN or CR species counted. &quot;Regularly&quot; (unverified reading of the Ramsar glossary): reached in two thirds of the seasons with counts, with at least 3 seasons; or the mean of the seasonal maxima over at least 5 seasons. Bad table rows (text in numeric columns, negative counts, unknown species or sites) are rejected and listed with their line numbers (header = line 1) in the log.

SUMMARY: one row per candidate (candidate, parties, area_ha, n_members, criteria, evidence). Candidates are illustrative, not official boundaries.</source>
        <translation>습지 레이어에서 람사르습지 후보지를 찾고, 각 후보지를 당사국(국가)별 구성 구역으로 나누어 람사르 정보서(RIS)에 필요한 수치를 계산합니다.

연결 거리(m)보다 가까운 습지(및 기존 람사르습지, 선택적으로 보호지역)는 하나의 후보 습지군을 이룹니다. 그 경계는 구성 습지들의 합집합이며, 선택적으로 닫힘 거리(m)만큼 좁은 틈을 메워 잇습니다. 이때 허용하지 않는 한 구성 습지들의 볼록 껍질 밖이나 바다로는 넓히지 않습니다. 경계는 국가 경계로 잘라 국가별 구성 구역으로 나눕니다.

각 구성 구역에는 다음 필드가 들어갑니다: candidate ID(C01, C02… 서쪽에서 동쪽 순), party(ISO3), area_ha(헥타르, 등적 투영), centroid_lat/centroid_lon(WGS84 도 단위, 중심점이 구역 밖에 있으면 구역 표면 위의 점), extends_abroad(후보지에 다른 국가의 구성 구역이 있으면 1), adjacent_ramsar(인접 거리 안에 있는 다른 당사국의 지정 람사르습지와 그 개수), criteria(예: 2,5,6), evidence.

기준은 선택 사항인 테이블에서 판단합니다: COUNTS(site, species, season, count — site는 습지 레이어의 site 필드와 같은 값), THRESHOLDS(species, population, threshold_1pct 또는 estimate. 기준치는 물새 개체군 추정치(WPE)의 반올림 규칙에 따라 estimate로부터 계산: 1 %를 10까지는 1 단위, 100까지는 5 단위, 1,000까지는 10 단위, 그 이상은 100 단위로 반올림하며, 개체군이 2,000,000 이상이면 → 20,000), SPECIES(species, scientific_name, redlist_category). 기준 5: 물새 20,000마리 이상을 정기적으로 부양, 기준 6: 한 개체군의 1 %를 정기적으로 부양, 기준 2: VU, EN 또는 CR 종이 조사에서 확인됨. &quot;정기적으로&quot;(람사르 용어집에 대한 검증되지 않은 해석): 조사가 있었던 시기의 3분의 2 이상에서 도달하고 조사 시기가 3개 이상인 경우, 또는 5개 이상 시기의 시기별 최댓값 평균이 도달한 경우. 잘못된 테이블 행(숫자 열의 텍스트, 음수 개체수, 알 수 없는 종이나 습지)은 제외되며, 줄 번호(머리글 = 1번째 줄)와 함께 로그에 나열됩니다.

SUMMARY: 후보지마다 한 행(candidate, parties, area_ha, n_members, criteria, evidence). 후보지는 예시이며 공식 경계가 아닙니다.</translation>
    </message>
    <message>
        <source>Wetlands (polygons)</source>
        <translation>습지 (폴리곤)</translation>
    </message>
    <message>
        <source>Site key field (matches the counts&apos; site column; default: site, else name)</source>
        <translation>습지 키 필드 (개체수 조사 테이블의 site 열과 일치, 기본값: site, 없으면 name)</translation>
    </message>
    <message>
        <source>Countries (polygons)</source>
        <translation>국가 (폴리곤)</translation>
    </message>
    <message>
        <source>Country ISO3 field (default: detect ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>국가 ISO3 필드 (기본값: ISO3 / ISO_A3 / ADM0_A3 / GID_0 자동 감지)</translation>
    </message>
    <message>
        <source>Designated Ramsar sites (polygons)</source>
        <translation>지정된 람사르습지 (폴리곤)</translation>
    </message>
    <message>
        <source>Waterbird counts table (site, species, season, count)</source>
        <translation>물새 개체수 조사 테이블 (site, species, season, count)</translation>
    </message>
    <message>
        <source>1 % thresholds table (species, population, threshold_1pct or estimate)</source>
        <translation>1 % 기준치 테이블 (species, population, threshold_1pct 또는 estimate)</translation>
    </message>
    <message>
        <source>Link distance between wetlands of one complex (m)</source>
        <translation>한 습지군에 속하는 습지 사이의 연결 거리 (m)</translation>
    </message>
    <message>
        <source>Protected areas to include as members (polygons)</source>
        <translation>구성 요소로 포함할 보호지역 (폴리곤)</translation>
    </message>
    <message>
        <source>Closing distance across narrow gaps (m; 0 = plain union)</source>
        <translation>좁은 틈을 메우는 닫힘 거리 (m, 0 = 단순 합집합)</translation>
    </message>
    <message>
        <source>Let the closing reach outside the members&apos; convex hull</source>
        <translation>닫힘이 구성 요소의 볼록 껍질 밖까지 미치도록 허용</translation>
    </message>
    <message>
        <source>Let the closing reach into the sea (outside every country)</source>
        <translation>닫힘이 바다(모든 국가의 밖)까지 미치도록 허용</translation>
    </message>
    <message>
        <source>Adjacency distance to another Party&apos;s Ramsar site (m)</source>
        <translation>다른 당사국의 람사르습지까지의 인접 거리 (m)</translation>
    </message>
    <message>
        <source>Species table (species, scientific_name, redlist_category)</source>
        <translation>종 테이블 (species, scientific_name, redlist_category)</translation>
    </message>
    <message>
        <source>&quot;Regularly&quot; rule (unverified reading of the Ramsar glossary)</source>
        <translation>&quot;정기적으로&quot; 규칙 (람사르 용어집에 대한 검증되지 않은 해석)</translation>
    </message>
    <message>
        <source>Reached in 2/3 of the seasons with counts</source>
        <translation>조사가 있었던 시기의 2/3에서 도달</translation>
    </message>
    <message>
        <source>Mean of seasonal maxima reaches the level</source>
        <translation>시기별 최댓값의 평균이 기준에 도달</translation>
    </message>
    <message>
        <source>Minimum seasons with counts (2/3 rule: 3; mean rule: 5)</source>
        <translation>조사가 있었던 최소 시기 수 (2/3 규칙: 3, 평균 규칙: 5)</translation>
    </message>
    <message>
        <source>Ramsar candidate components</source>
        <translation>람사르습지 후보지 구성 구역</translation>
    </message>
    <message>
        <source>Ramsar candidate summary</source>
        <translation>람사르습지 후보지 요약</translation>
    </message>
    <message>
        <source>Number of candidates</source>
        <translation>후보지 수</translation>
    </message>
    <message>
        <source>Number of national components</source>
        <translation>국가별 구성 구역 수</translation>
    </message>
    <message>
        <source>Table rows rejected</source>
        <translation>제외된 테이블 행</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>레이어 읽는 중…</translation>
    </message>
    <message>
        <source>{} table rows were rejected (listed above with their line numbers); the other rows were used.</source>
        <translation>테이블 행 {}개를 제외했습니다(위에 줄 번호와 함께 나열). 나머지 행은 사용했습니다.</translation>
    </message>
    <message>
        <source>No candidate complex found: the outputs are empty.</source>
        <translation>후보 습지군을 찾지 못했습니다. 산출물은 비어 있습니다.</translation>
    </message>
    <message>
        <source>Shapefile output: field names are cut to 10 characters and texts to 254 bytes; use a GeoPackage to keep the full evidence.</source>
        <translation>셰이프파일 산출물: 필드 이름은 10자, 텍스트는 254바이트로 잘립니다. 근거 전체를 보존하려면 GeoPackage를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>RamsarPackageAlgorithm</name>
    <message>
        <source>Ramsar designation package</source>
        <translation>람사르습지 지정 패키지</translation>
    </message>
    <message>
        <source>Writes the files an Administrative Authority needs to propose its part of a candidate (transboundary) Ramsar site, from the output of &apos;Ramsar candidates (transboundary)&apos;.

For the chosen candidate id (e.g. C02) it creates the folder &lt;id&gt;_&lt;name&gt; in the output folder with one sub-folder per Party (ISO3 code) holding: the boundary as a shapefile in WGS84 (EPSG:4326; .shp .shx .dbf .prj .cpg, UTF-8, field names of at most 10 characters) and as KML; an A4 map (PDF) of the Party&apos;s component with the other Parties&apos; components in grey, graticule in degrees, scale bar in km, north arrow, locator, legend, sources and the statement that the boundary is not official; and a Ramsar Information Sheet field sheet (XLSX and HTML) with the site names in the Party&apos;s language and English, the central coordinates, the area calculated from the GIS boundary in hectares, an empty column for the official area, the two border questions (does the site extend into another country; is it adjacent to another Party&apos;s Ramsar site) and the criteria met with their evidence. At the top level: a combined transboundary map (PDF), a components table (XLSX, HTML) and README.txt.

Language: &apos;auto&apos; labels each Party&apos;s files in English and that Party&apos;s language. Countries (optional) draw the background and the locator. File names are ASCII and safe on Windows; the package is built in a temporary folder and moved into place only when complete (an existing package of the same candidate is replaced).</source>
        <translation>'람사르습지 후보지 (초국경)'의 산출물로부터, 행정당국이 (초국경) 람사르습지 후보지 중 자국 부분을 제안하는 데 필요한 파일을 만듭니다.

선택한 후보지 ID(예: C02)에 대해 산출 폴더 안에 &lt;id&gt;_&lt;name&gt; 폴더를 만들고, 당사국(ISO3 코드)마다 하위 폴더 하나에 다음을 담습니다: WGS84(EPSG:4326) 셰이프파일(.shp .shx .dbf .prj .cpg, UTF-8, 필드 이름은 최대 10자)과 KML로 된 경계, 다른 당사국의 구성 구역을 회색으로 함께 표시한 해당 당사국 구성 구역의 A4 지도(PDF, 도 단위 경위선망, km 단위 축척 막대, 방위표, 위치도, 범례, 출처, 경계가 공식 경계가 아니라는 문구 포함), 그리고 람사르 정보서(RIS) 항목 기록지(XLSX 및 HTML). 기록지에는 당사국 언어와 영어로 된 습지 이름, 중심 좌표, GIS 경계로 계산한 면적(헥타르), 공식 면적을 적을 빈 열, 국경 관련 두 질문(습지가 다른 국가로 이어지는가, 다른 당사국의 람사르습지와 인접한가), 충족하는 기준과 그 근거가 들어갑니다. 최상위 폴더에는 초국경 통합 지도(PDF), 구성 구역 테이블(XLSX, HTML), README.txt가 있습니다.

언어: 'auto'이면 각 당사국의 파일에 영어와 해당 당사국의 언어로 라벨을 붙입니다. 국가(선택 사항)는 배경과 위치도를 그립니다. 파일 이름은 ASCII이며 Windows에서도 안전합니다. 패키지는 임시 폴더에서 만든 뒤 완성되었을 때만 제자리로 옮깁니다(같은 후보지의 기존 패키지는 교체됩니다).</translation>
    </message>
    <message>
        <source>Ramsar candidate components (output of Ramsar candidates)</source>
        <translation>람사르습지 후보지 구성 구역 (람사르습지 후보지의 산출물)</translation>
    </message>
    <message>
        <source>Candidate id (e.g. C02; empty when the layer holds only one candidate)</source>
        <translation>후보지 ID (예: C02. 레이어에 후보지가 하나뿐이면 비워 둠)</translation>
    </message>
    <message>
        <source>Second language of the labels</source>
        <translation>라벨의 두 번째 언어</translation>
    </message>
    <message>
        <source>Each Party&apos;s own language</source>
        <translation>각 당사국의 언어</translation>
    </message>
    <message>
        <source>Countries for the map background and locator (polygons)</source>
        <translation>지도 배경과 위치도에 쓸 국가 (폴리곤)</translation>
    </message>
    <message>
        <source>Sources statement printed on the maps</source>
        <translation>지도에 인쇄할 출처 문구</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>산출 폴더</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>패키지 폴더</translation>
    </message>
    <message>
        <source>Number of files written</source>
        <translation>기록한 파일 수</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>산출 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Layer CANDIDATES has no coordinate reference system.</source>
        <translation>CANDIDATES 레이어에 좌표계가 없습니다.</translation>
    </message>
    <message>
        <source>Candidate boundaries computed with NEASPEC Planner (neaspec:ramsar_candidates) from the user&apos;s layers ({}); illustrative, not official.</source>
        <translation>후보지 경계는 NEASPEC Planner(neaspec:ramsar_candidates)로 사용자의 레이어({})에서 계산한 것으로, 예시이며 공식 경계가 아닙니다.</translation>
    </message>
    <message>
        <source>No COUNTRIES given: the bundled Natural Earth countries of North-East Asia are drawn as background and locator.</source>
        <translation>COUNTRIES가 지정되지 않았습니다. 내장된 Natural Earth 동북아시아 국가를 배경과 위치도로 그립니다.</translation>
    </message>
    <message>
        <source> Country outlines: Natural Earth 1:10m (public domain).</source>
        <translation> 국가 경계: Natural Earth 1:10m (퍼블릭 도메인).</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <source>Attribute report (XLSX, CSV, HTML, PDF)</source>
        <translation>속성 보고서 (XLSX, CSV, HTML, PDF)</translation>
    </message>
    <message>
        <source>Writes the attribute tables of result layers and tables as a report for national reporting.

Column headings carry units: area_ha → Area (ha), protected_pct → Protected (%), *_m → metres (shown in km in HTML/PDF when the distances are long); the original field name is kept (second header row in XLSX, [field] in CSV, a list of columns in HTML/PDF).
XLSX: one sheet per table, formatted and frozen header, numbers stay numbers, plus a sheet listing the columns and units.
CSV: UTF-8, one file per table (the first at the output path, the others beside it). The Excel-friendly option adds a byte-order mark and, for languages that write a decimal comma (ru, mn…), uses ';' between columns and ',' in numbers.
HTML: a single file that opens offline (no external resources): sortable tables, a bar chart of the protected share per country (tables with a country column and protected_pct) and a map thumbnail of each spatial layer.
PDF: A4, selectable text, same content as the HTML.
Language: headings, number and date formats (en, zh, ru, mn, ko, ja).</source>
        <translation>결과 레이어와 테이블의 속성 테이블을 국가 보고용 보고서로 기록합니다.

열 제목에는 단위가 붙습니다: area_ha → 면적 (ha), protected_pct → 보호 비율 (%), *_m → 미터(HTML/PDF에서는 거리가 길면 km로 표시). 원래 필드 이름도 유지합니다(XLSX에서는 두 번째 머리글 행, CSV에서는 [필드], HTML/PDF에서는 열 목록).
XLSX: 테이블마다 시트 하나, 서식이 적용되고 고정된 머리글, 숫자는 숫자 형식 그대로이며, 열과 단위를 나열한 시트가 추가됩니다.
CSV: UTF-8, 테이블마다 파일 하나(첫 번째는 산출 경로에, 나머지는 그 옆에). Excel 호환 옵션은 바이트 순서 표식(BOM)을 추가하고, 소수점에 쉼표를 쓰는 언어(ru, mn…)에서는 열 구분에 ';', 숫자에 ','를 사용합니다.
HTML: 오프라인에서 열리는 단일 파일(외부 리소스 없음)로, 정렬 가능한 테이블, 국가별 보호 비율 막대 차트(country 열과 protected_pct가 있는 테이블), 공간 레이어마다 지도 미리보기가 들어갑니다.
PDF: A4, 텍스트 선택 가능, HTML과 같은 내용.
언어: 제목, 숫자와 날짜 형식(en, zh, ru, mn, ko, ja).</translation>
    </message>
    <message>
        <source>Layers and tables</source>
        <translation>레이어와 테이블</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>보고서 제목</translation>
    </message>
    <message>
        <source>CSV for Excel (BOM, locale separator)</source>
        <translation>Excel용 CSV (BOM, 로캘 구분 기호)</translation>
    </message>
    <message>
        <source>Map thumbnails in HTML/PDF</source>
        <translation>HTML/PDF에 지도 미리보기 포함</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>Excel 통합 문서 (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No layer or table to report: choose at least one in INPUT.</source>
        <translation>보고할 레이어나 테이블이 없습니다. INPUT에서 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .xlsx, .csv, .html or .pdf.</source>
        <translation>산출물 '{}'은(는) .xlsx, .csv, .html 또는 .pdf로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>레이어 '{}'을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>{} 기록 완료</translation>
    </message>
</context>
<context>
    <name>ResistanceAlgorithm</name>
    <message>
        <source>Resistance surface (species profile)</source>
        <translation>저항 표면 (종 프로필)</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>종 프로필</translation>
    </message>
    <message>
        <source>Cost table (CSV class,cost; required for custom)</source>
        <translation>비용 테이블 (CSV class,cost, custom에는 필수)</translation>
    </message>
    <message>
        <source>Barriers (roads, railways, fences)</source>
        <translation>장벽 (도로, 철도, 울타리)</translation>
    </message>
    <message>
        <source>Barrier width (m)</source>
        <translation>장벽 폭 (m)</translation>
    </message>
    <message>
        <source>Barrier cost field</source>
        <translation>장벽 비용 필드</translation>
    </message>
    <message>
        <source>Default barrier cost (lines without cost or known type)</source>
        <translation>기본 장벽 비용 (비용이나 알려진 유형이 없는 라인)</translation>
    </message>
    <message>
        <source>Treat classes missing from the table as impassable</source>
        <translation>테이블에 없는 분류를 통행 불가로 처리</translation>
    </message>
    <message>
        <source>Resistance (cost ≥ 1, nodata = impassable)</source>
        <translation>저항 (비용 ≥ 1, NODATA = 통행 불가)</translation>
    </message>
    <message>
        <source>The resistance raster is written as GeoTIFF: give the output a .tif name (got &apos;{}&apos;).</source>
        <translation>저항 래스터는 GeoTIFF로 기록됩니다. 산출물에 .tif 파일 이름을 지정하십시오(입력값: '{}').</translation>
    </message>
    <message>
        <source>Profile '{}': its costs are expert defaults (ED) — adjust them for your region (copy resources/profiles/{}.csv and give it as TABLE).</source>
        <translation>프로필 '{}': 비용은 전문가 기본값(ED)입니다. 해당 지역에 맞게 조정하십시오(resources/profiles/{}.csv를 복사해 TABLE로 지정).</translation>
    </message>
    <message>
        <source>{} barrier feature(s) read from &apos;{}&apos;.</source>
        <translation>장벽 객체 {}개를 '{}'에서 읽었습니다.</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>취소됨: 산출물을 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Resistance {} × {} cells: cost {} – {}, {} nodata (impassable) cell(s).</source>
        <translation>저항 {} × {} 셀: 비용 {} – {}, NODATA(통행 불가) 셀 {}개.</translation>
    </message>
    <message>
        <source>Land cover (class raster, or several tiles such as ESA WorldCover)</source>
        <translation>토지피복(분류 래스터 또는 ESA WorldCover 같은 여러 타일)</translation>
    </message>
    <message>
        <source>Elevation (DEM, m; one raster or several tiles) for the slope/ruggedness term</source>
        <translation>고도(DEM, m, 래스터 하나 또는 여러 타일): 경사/험준도 항에 사용</translation>
    </message>
    <message>
        <source>Aggregate fine cells (mean = average of their costs; mode = majority class)</source>
        <translation>세부 셀 집계(mean = 비용의 평균, mode = 다수 분류)</translation>
    </message>
    <message>
        <source>Analysis cell size (m; default: the land cover&apos;s when projected, else 100)</source>
        <translation>분석 셀 크기(m, 기본값: 토지피복이 투영되어 있으면 그 셀, 아니면 100)</translation>
    </message>
    <message>
        <source>Target CRS (default: equal-area centred on the extent)</source>
        <translation>대상 좌표계(기본값: 범위 중심의 정적 좌표계)</translation>
    </message>
    <message>
        <source>Extent (default: the land-cover tiles&apos;)</source>
        <translation>범위(기본값: 토지피복 타일의 범위)</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>래스터 '{}'은(는) GDAL이 읽을 수 있는 파일이 아닙니다. 먼저 GeoTIFF로 저장하십시오.</translation>
    </message>
    <message>
        <source>Turns a land-cover raster into a resistance (cost) raster for least-cost corridors: each cell gets the cost of crossing it for the chosen species, from 1 (easiest) upwards; impassable or unknown cells are nodata (-9999).

&lt;b&gt;The species profiles are expert defaults (ED), not published values: adjust them to your region before using results.&lt;/b&gt; No published class-to-resistance table for these species could be read; the bundled tables (folder resources/profiles of the plugin) give for each number only the direction of effect from qualitative findings and their sources.

Land cover: ESA WorldCover 10 m classes (10 tree cover … 100 moss and lichen; 0 = no data) for the species profiles, or any integer class raster with your own TABLE. LANDCOVER may be several tiles (e.g. ESA WorldCover 3° tiles in EPSG:4326, as downloaded) or a folder of them, in any CRS: they are mosaicked (a VRT), reprojected to TARGET_CRS (default: the Lambert azimuthal equal-area CRS centred on EXTENT) at CELL_SIZE metres (default: the cell of a single projected raster, else 100) over EXTENT (default: the tiles' extent). AGGREGATE mean (default): the cost of every fine cell is looked up first, then averaged over each analysis cell, nodata cells left out; a cell whose fine cells are mostly impassable is impassable. AGGREGATE mode: the majority class of the fine cells, then its cost. The tiles are read block by block within a memory budget printed first; parts of the extent that no tile covers are nodata and reported, with the names of the tiles to add. DEM may be several tiles too: slope and ruggedness are computed in metres on the analysis grid.
Profiles: amur_tiger, amur_leopard, snow_leopard, crane (cranes on foot: chicks or moult; flight between wetlands is not a cost-surface problem), custom (TABLE required).
TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'); lines starting with # are comments. Given with a species profile it replaces that profile's land-cover costs. Classes present in the raster but missing from the table stop the run with their list, unless you treat them as impassable. WorldCover does not separate forest types, paddy from dry cropland, or tidal flats (class 60/80): check those classes.
BARRIERS: roads, railways, fences as lines, burned BARRIER_WIDTH metres wide (all cells the buffered line touches) with the larger of the barrier and land-cover cost. Each line's cost comes from a number in BARRIER_FIELD (default 'cost'; 'impassable' makes it nodata), else from its OSM type (highway, railway, barrier, type or fclass field: motorway 1000, trunk/primary 500, secondary 200, tertiary 80, track 20, rail 300, fence 1000 for tigers — all ED), else BARRIER_COST (lines with no cost and no type: 1000 if BARRIER_COST is empty).
DEM (optional, metres; resampled onto the land-cover grid if needed): tiger and leopard cost ×1.5 on slopes of 30–45° and ×3 above 45°; cranes ×5 above 5°; snow leopard cost lowered in rugged terrain, R × (1 − 0.5·min(TRI/TRI_p90, 1)), never below 1. All ED.</source>
        <translation>토지피복 래스터를 최소비용 생태통로용 저항(비용) 래스터로 변환합니다. 각 셀에는 선택한 종이 그 셀을 통과하는 비용이 1(가장 쉬움)부터 부여되며, 통행 불가 셀이나 알 수 없는 셀은 NODATA(-9999)입니다.

&lt;b&gt;종 프로필은 전문가 기본값(ED)이며 발표된 값이 아닙니다. 결과를 사용하기 전에 해당 지역에 맞게 조정하십시오.&lt;/b&gt; 이 종들에 대해 발표된 토지피복 분류-저항 테이블은 찾을 수 없었습니다. 내장된 테이블(플러그인의 resources/profiles 폴더)은 각 값에 대해 정성적 연구 결과에 따른 영향의 방향과 그 출처만 제시합니다.

토지피복: 종 프로필에는 ESA WorldCover 10 m 분류(10 수목 피복 … 100 이끼와 지의류, 0 = 데이터 없음)를, 직접 만든 TABLE과 함께라면 어떤 정수 분류 래스터든 사용할 수 있습니다. LANDCOVER는 여러 타일(예: 내려받은 그대로의 EPSG:4326 ESA WorldCover 3° 타일) 또는 그 타일이 든 폴더일 수 있고 좌표계는 상관없습니다. 타일은 모자이크(VRT)로 묶여 TARGET_CRS(기본값: EXTENT 중심의 람베르트 정적 방위도법)로, CELL_SIZE 미터 셀(기본값: 투영된 래스터 하나이면 그 셀 크기, 아니면 100)로, EXTENT(기본값: 타일의 범위) 안에서 재투영됩니다. AGGREGATE mean(기본값): 먼저 세부 셀마다 비용을 찾은 뒤 분석 셀마다 평균하며 NODATA 셀은 제외합니다. 세부 셀 대부분이 통행 불가인 셀은 통행 불가입니다. AGGREGATE mode: 세부 셀의 다수 분류를 고른 뒤 그 비용을 씁니다. 타일은 처음에 출력되는 메모리 예산 안에서 블록 단위로 읽습니다. 어떤 타일도 덮지 않는 범위는 NODATA가 되며, 추가할 타일 이름과 함께 알려 줍니다. DEM도 여러 타일일 수 있으며, 경사와 험준도는 분석 격자에서 미터 단위로 계산합니다.
프로필: amur_tiger(아무르호랑이), amur_leopard(아무르표범), snow_leopard(눈표범), crane(두루미류: 걸어서 이동하는 새끼나 깃갈이 중인 개체. 습지 사이의 비행은 비용 표면으로 다룰 문제가 아님), custom(TABLE 필수).
TABLE: class,cost 열이 있는 CSV 파일(비용 ≥ 1, 또는 'impassable')이며 #으로 시작하는 줄은 주석입니다. 종 프로필과 함께 지정하면 그 프로필의 토지피복 비용을 대체합니다. 래스터에는 있으나 테이블에 없는 분류가 있으면, 통행 불가로 처리하도록 하지 않는 한 그 목록을 알리고 실행을 중단합니다. WorldCover는 산림 유형, 논과 밭, 갯벌(분류 60/80)을 구분하지 않으므로 이 분류들을 확인하십시오.
BARRIERS: 도로, 철도, 울타리 라인으로, BARRIER_WIDTH 미터 폭으로 래스터화하며(버퍼한 라인이 닿는 모든 셀) 장벽 비용과 토지피복 비용 중 큰 값을 씁니다. 각 라인의 비용은 BARRIER_FIELD(기본값 'cost', 'impassable'이면 NODATA)의 숫자에서, 없으면 OSM 유형(highway, railway, barrier, type 또는 fclass 필드: motorway 1000, trunk/primary 500, secondary 200, tertiary 80, track 20, rail 300, 호랑이의 경우 fence 1000 — 모두 ED)에서, 그것도 없으면 BARRIER_COST에서 가져옵니다(비용도 유형도 없는 라인: BARRIER_COST가 비어 있으면 1000).
DEM(선택 사항, 미터, 필요하면 토지피복 격자에 맞게 리샘플링): 호랑이와 표범은 경사 30–45°에서 비용 ×1.5, 45° 초과에서 ×3, 두루미류는 5° 초과에서 ×5, 눈표범은 험준한 지형에서 비용을 낮춤: R × (1 − 0.5·min(TRI/TRI_p90, 1)), 단 1 미만으로는 내려가지 않음. 모두 ED입니다.</translation>
    </message>
</context>
</TS>
