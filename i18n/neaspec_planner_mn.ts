<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmChain</name>
    <message>
        <source>Running {} ({}/{})…</source>
        <translation>Ажиллаж байна: {} ({}/{})…</translation>
    </message>
    <message>
        <source>The algorithm failed; see the log.</source>
        <translation>Алгоритм амжилтгүй боллоо; бүртгэлийг харна уу.</translation>
    </message>
</context>
<context>
    <name>CompareOptionsAlgorithm</name>
    <message>
        <source>Compare corridor options</source>
        <translation>Коридорын хувилбаруудыг харьцуулах</translation>
    </message>
    <message>
        <source>Runs the least-cost corridors (as in 'Least-cost corridors and gaps') on a BASELINE resistance and on each option, for the workshop side-by-side.

OPTIONS: layers, each named by its layer name. A raster is an alternative resistance (resampled onto the baseline grid if needed). A line or polygon layer is applied to a copy of the baseline: a numeric 'cost' field sets the cost of every cell the features touch ('impassable' blocks them); otherwise a 'type' field: crossing and restoration lower the cost to the baseline's lowest cost (normally 1), barrier makes the cells impassable. A layer with neither field is taken by its name (a name with 'crossing', 'restor', 'barrier' or 'fence').
MAX_DISTANCE (m) and CORRIDOR_WIDTH (cost × m) as in the corridors tool; PROTECTED and COUNTRIES (optional) make gap_ha the corridor area outside protected areas.

TABLE: one row per link and option (the baseline included) with link (from-to core ids), option, lcd (cost × m), lcd_change_pct (against the baseline; negative = easier), cwd_to_euclid and gap_ha. CHANGES: a folder with one GeoTIFF per option, changes_&lt;option&gt;.tif: +1 corridor gained, −1 corridor lost, 0 corridor in both, nodata elsewhere.</source>
        <translation>Хамгийн бага зардлын экологийн коридорыг («Хамгийн бага зардлын коридор ба хамгаалалтын цоорхой» хэрэгслийн адилаар) суурь эсэргүүцэл BASELINE болон хувилбар бүр дээр тооцож, семинарт зэрэгцүүлэн харьцуулна.

OPTIONS: давхаргууд; хувилбар бүрийг давхаргынх нь нэрээр нэрлэнэ. Растр нь өөр хувилбарын эсэргүүцэл болно (шаардлагатай бол суурь растрын торонд дахин түүвэрлэнэ). Шугам эсвэл полигон давхаргыг суурь растрын хуулбарт хэрэглэнэ: тоон утгатай 'cost' талбар нь объектуудын хүрсэн бүх нүдний зардлыг тогтооно ('impassable' бол нэвтрэх боломжгүй болгоно); эс бөгөөс 'type' талбарыг ашиглана: crossing (гарц) ба restoration (нөхөн сэргээлт) нь зардлыг суурь растрын хамгийн бага зардал (ихэвчлэн 1) хүртэл бууруулна, barrier (саад) нь нүдийг нэвтрэх боломжгүй болгоно. Эдгээр талбаргүй давхаргыг нэрээр нь таньна (нэрэнд нь 'crossing', 'restor', 'barrier' эсвэл 'fence' орсон байх).
MAX_DISTANCE (m) ба CORRIDOR_WIDTH (зардал × m) нь коридорын хэрэгслийнхтэй адил; PROTECTED ба COUNTRIES (заавал биш) өгвөл gap_ha нь тусгай хамгаалалттай газраас гадуурх коридорын талбай болно.

TABLE: холбоос ба хувилбар бүрт нэг мөр (суурь хувилбарыг оруулаад): link (цөм бүсүүдийн дугаар, «эхлэх-төгсөх»), option, lcd (зардал × m), lcd_change_pct (суурьтай харьцуулсан; сөрөг = хялбар болсон), cwd_to_euclid ба gap_ha. CHANGES: хувилбар бүрт нэг GeoTIFF агуулсан хавтас, changes_&lt;option&gt;.tif: +1 — коридор шинээр үүссэн, −1 — коридор алга болсон, 0 — хоёуланд нь коридор байгаа, бусад нүд өгөгдөлгүй.</translation>
    </message>
    <message>
        <source>Baseline resistance raster (cost per metre, projected CRS)</source>
        <translation>Суурь эсэргүүцлийн растр (метр тутмын зардал, проекцтой координатын систем)</translation>
    </message>
    <message>
        <source>Options (resistance rasters, or crossings / restorations / barriers layers)</source>
        <translation>Хувилбарууд (эсэргүүцлийн растр, эсвэл гарц / нөхөн сэргээлт / саадын давхарга)</translation>
    </message>
    <message>
        <source>Comparison table (link × option)</source>
        <translation>Харьцуулалтын хүснэгт (холбоос × хувилбар)</translation>
    </message>
    <message>
        <source>Folder for the change rasters (one per option)</source>
        <translation>Өөрчлөлтийн раструудын хавтас (хувилбар бүрт нэг)</translation>
    </message>
    <message>
        <source>Option raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>«{}» хувилбарын растр нь GDAL унших боломжтой файл биш байна; эхлээд GeoTIFF хэлбэрээр хадгална уу.</translation>
    </message>
    <message>
        <source>Option layer &apos;{}&apos; has no coordinate reference system.</source>
        <translation>«{}» хувилбарын давхаргад координатын систем тодорхойлогдоогүй байна.</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; is neither a raster nor a vector layer.</source>
        <translation>«{}» хувилбар нь растр ч биш, вектор давхарга ч биш байна.</translation>
    </message>
    <message>
        <source>{} option(s) compared on {} link(s).</source>
        <translation>Харьцуулсан хувилбар: {}, холбоос: {}.</translation>
    </message>
</context>
<context>
    <name>ConnectivityAlgorithm</name>
    <message>
        <source>Network connectivity (PC, IIC, dPC)</source>
        <translation>Сүлжээний холбоот байдал (PC, IIC, dPC)</translation>
    </message>
    <message>
        <source>How well a network of patches (habitat patches, protected areas, wetland sites of a flyway) is connected, and which patch matters most — the probability of connectivity (PC) and the integral index of connectivity (IIC) of Saura et al., as Conefor computes them.

PATCHES: polygons; features with the same PATCH_ID form one node. ATTRIBUTE (optional, ≥ 0): the node weight a; default the area in ha. DISTANCE: edge (between the polygons, 0 when they touch) or centroid (of the largest part). Distances and areas are metres and hectares in an equal-area projection (EPSG:4326 input is reprojected).
Kernel: p = PROBABILITY at MEDIAN_DISTANCE (m), p_ij = p^(d_ij/d). MIN_PROBABILITY: pairs below it are not linked (0 = no cut-off; pairs below 1e-12 never are; 0.01 reproduces Makurhini). IIC_DISTANCE (m, default MEDIAN_DISTANCE): patches at most this far apart are linked for IIC.
LANDSCAPE_AREA (ha) or STUDY_AREA (polygons) give A_L; default the patches' area sum.

NODES: the patches with a, country (with COUNTRIES), dPC = dPCintra + dPCflux + dPCconnector (% of PC lost without the patch: its own area, its flow with the others, its role as a stepping stone), the same for dIIC, and rank (1 = highest dPC). LINKS: lines between linked pairs with distance_m and p. SUMMARY: one row per metric (PC, IIC): numerator, index, ec (equivalent connected area, ha), landscape (A_L), intra_pct, direct_pct, step_pct (they add up to 100) and n_nodes.

Every pair is solved with compiled shortest paths on −ln p, and every node's dPC without solving the network again for each node (docs/algorithms/connectivity.md).</source>
        <translation>Хэсгүүдийн сүлжээ (амьдрах орчны хэсэг, хамгаалалттай газар, нүүдлийн замын ус намгархаг газар) хэр холбоотой, аль хэсэг хамгийн чухал вэ — Saura нарын холбоот байдлын магадлал (PC) ба холбоот байдлын нэгдсэн индекс (IIC), Conefor-ын тооцдог аргаар.

PATCHES: олон өнцөгтүүд; ижил PATCH_ID-тай объектууд нэг зангилаа болно. ATTRIBUTE (заавал биш, ≥ 0): зангилааны жин a; анхдагч нь талбай, га. DISTANCE: edge (олон өнцөгтүүдийн хоорондох зай, шүргэлцвэл 0) эсвэл centroid (хамгийн том хэсгийн төв). Зай ба талбайг тэнцүү талбайт проекцод метр, гектараар тооцно (EPSG:4326 өгөгдлийг дахин проекцолно).
Цөм: MEDIAN_DISTANCE (м) дахь магадлал p = PROBABILITY, p_ij = p^(d_ij/d). MIN_PROBABILITY: түүнээс бага хосуудыг холбохгүй (0 = таслахгүй; 1e-12-оос бага хосыг хэзээ ч холбохгүй; 0.01 нь Makurhini-тэй ижил). IIC_DISTANCE (м, анхдагч MEDIAN_DISTANCE): энэ зайнаас ихгүй хэсгүүд IIC-д холбогдоно.
LANDSCAPE_AREA (га) эсвэл STUDY_AREA (олон өнцөгт) нь A_L-ийг өгнө; анхдагч нь хэсгүүдийн талбайн нийлбэр.

NODES: хэсгүүд ба a, country (COUNTRIES өгсөн бол), dPC = dPCintra + dPCflux + dPCconnector (хэсэг алга болоход алдагдах PC-ийн %: өөрийн талбай, бусадтай урсгал, дамжлагын үүрэг), dIIC-д мөн адил, мөн rank (1 = хамгийн өндөр dPC). LINKS: холбогдсон хосуудын хоорондох шугам, distance_m ба p-тэй. SUMMARY: үзүүлэлт бүрт (PC, IIC) нэг мөр: numerator, index, ec (тэнцүү холбогдсон талбай, га), landscape (A_L), intra_pct, direct_pct, step_pct (нийлбэр нь 100) ба n_nodes.

Бүх хосыг −ln p дээрх хамгийн богино замыг хөрвүүлсэн кодоор шийдэж, зангилаа бүрийн dPC-ийг зангилаа бүрт сүлжээг дахин шийдэхгүйгээр тооцно (docs/algorithms/connectivity.md).</translation>
    </message>
    <message>
        <source>Patches (habitat, protected areas or wetland sites)</source>
        <translation>Хэсгүүд (амьдрах орчин, хамгаалалттай газар эсвэл ус намгархаг газар)</translation>
    </message>
    <message>
        <source>Patch id field</source>
        <translation>Хэсгийн дугаарын талбар</translation>
    </message>
    <message>
        <source>Node weight field (default: area in ha)</source>
        <translation>Зангилааны жингийн талбар (анхдагч: талбай, га)</translation>
    </message>
    <message>
        <source>Distance between patches</source>
        <translation>Хэсгүүдийн хоорондох зай</translation>
    </message>
    <message>
        <source>Median dispersal distance d (m)</source>
        <translation>Тархалтын медиан зай d (м)</translation>
    </message>
    <message>
        <source>Probability p at the median distance</source>
        <translation>Медиан зай дахь магадлал p</translation>
    </message>
    <message>
        <source>Minimum probability of a link (0 = no cut-off)</source>
        <translation>Холбоосын хамгийн бага магадлал (0 = таслахгүй)</translation>
    </message>
    <message>
        <source>IIC link distance (m, default: the median distance)</source>
        <translation>IIC холбоосын зай (м, анхдагч: медиан зай)</translation>
    </message>
    <message>
        <source>Landscape area A_L (ha, default: the patches&apos; area sum)</source>
        <translation>Ландшафтын талбай A_L (га, анхдагч: хэсгүүдийн талбайн нийлбэр)</translation>
    </message>
    <message>
        <source>Study area (its area is A_L)</source>
        <translation>Судалгааны талбай (түүний талбай нь A_L)</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>Улсууд (ISO3 / ISO_A3 / ADM0_A3 талбар)</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Улсын кодын талбар (анхдагч: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Nodes with their importance (dPC, dIIC)</source>
        <translation>Зангилаанууд ба тэдгээрийн ач холбогдол (dPC, dIIC)</translation>
    </message>
    <message>
        <source>Links with their probability</source>
        <translation>Холбоосууд ба тэдгээрийн магадлал</translation>
    </message>
    <message>
        <source>Connectivity summary (PC, IIC)</source>
        <translation>Холбоот байдлын хураангуй (PC, IIC)</translation>
    </message>
    <message>
        <source>Choose the patch id field.</source>
        <translation>Хэсгийн дугаарын талбарыг сонгоно уу.</translation>
    </message>
    <message>
        <source>{} patch feature(s) read from &apos;{}&apos;.</source>
        <translation>{} хэсгийн объектыг '{}'-оос уншлаа.</translation>
    </message>
    <message>
        <source>PC = {:.6g}, EC = {:,.1f} (intra {:.1f} %, direct {:.1f} %, stepping stones {:.1f} %); {} node(s), {} link(s).</source>
        <translation>PC = {:.6g}, EC = {:,.1f} (хэсэг дотор {:.1f} %, шууд {:.1f} %, дамжлагаар {:.1f} %); {} зангилаа, {} холбоос.</translation>
    </message>
</context>
<context>
    <name>CorridorsAlgorithm</name>
    <message>
        <source>Least-cost corridors and gaps</source>
        <translation>Хамгийн бага зардлын коридор ба хамгаалалтын цоорхой</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>Цөм бүс</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>Цөм бүсийн дугаар</translation>
    </message>
    <message>
        <source>Resistance raster (cost per metre, projected CRS)</source>
        <translation>Эсэргүүцлийн растр (метр тутмын зардал, проекцтой координатын систем)</translation>
    </message>
    <message>
        <source>Maximum link distance, edge to edge (m)</source>
        <translation>Холбоосын хамгийн их зай, захаас зах хүртэл (m)</translation>
    </message>
    <message>
        <source>Corridor width (cost × m above the least-cost distance)</source>
        <translation>Коридорын өргөн (хамгийн бага зардлын зайнаас давсан зардал × m)</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>Улсууд (ISO3 / ISO_A3 / ADM0_A3 талбар)</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>Тусгай хамгаалалттай газар</translation>
    </message>
    <message>
        <source>Links (least-cost paths)</source>
        <translation>Холбоосууд (хамгийн бага зардлын зам)</translation>
    </message>
    <message>
        <source>Corridors (NLCC, cost × m)</source>
        <translation>Коридорууд (NLCC, зардал × m)</translation>
    </message>
    <message>
        <source>Corridor gaps (outside protected areas)</source>
        <translation>Коридорын хамгаалалтын цоорхой (тусгай хамгаалалттай газраас гадуур)</translation>
    </message>
    <message>
        <source>Choose the core id field.</source>
        <translation>Цөм бүсийн дугаарын талбарыг сонгоно уу.</translation>
    </message>
    <message>
        <source>{} core feature(s) read from &apos;{}&apos;.</source>
        <translation>Цөм бүсийн объект: {} («{}» давхаргаас уншсан).</translation>
    </message>
    <message>
        <source>The corridor raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>Коридорын растрыг GeoTIFF форматаар бичнэ: .tif өргөтгөлтэй нэр өгнө үү (өгсөн нэр: «{}»).</translation>
    </message>
    <message>
        <source>{} link(s); {} transboundary; corridor gaps {:.1f} ha.</source>
        <translation>Холбоос: {}; хил дамнасан: {}; коридорын хамгаалалтын цоорхой: {:.1f} ha.</translation>
    </message>
    <message>
        <source>No links: fewer than two cores, or no pair within the maximum distance. The outputs are empty.</source>
        <translation>Холбоос алга: цөм бүс хоёроос цөөн, эсвэл хамгийн их зайн дотор нэг ч хос алга. Үр дүн хоосон.</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, as in Linkage Mapper, and the parts of them outside protected areas, per country.

CORES: polygons (a multi-part feature, or several features with the same CORE_ID, is one core; a core smaller than a cell uses the cell it lies in). RESISTANCE: cost of crossing one metre of each cell (≥ 1; zero or negative cells stop the run; nodata is impassable), in a projected CRS in metres.
Cost model: 8 neighbours; a move costs the mean of the two cells' costs × the step length in metres (GRASS r.cost's default). All costs (lcd, CORRIDOR_WIDTH, the corridor raster) are in cost × metres: crossing 1 km of cost-1 land costs 1000.
MAX_DISTANCE (m): cores whose edges are at most this far apart (straight line) are linked. CORRIDOR_WIDTH (cost × m): cells whose normalised least-cost corridor value NLCC = CWD_A + CWD_B − LCD is at most this are in the corridor (0 on the least-cost path).

LINKS: the least-cost path of each link with from_id, to_id, lcd (least-cost distance), euclid_m (edge-to-edge), path_m, cwd_to_euclid, cwd_to_path (mean cost along the path), countries crossed (ISO3, in path order), transboundary (1/0), unprotected_m (path length outside PROTECTED) and rank (1 = lowest cwd_to_euclid, the best-connected link). CORRIDORS: the NLCC mosaic (minimum over links) where ≤ CORRIDOR_WIDTH, nodata elsewhere. GAPS: corridor area outside PROTECTED, one polygon per link and country, with area_ha (equal-area).

DROP_THROUGH_CORES (default on): a link whose least-cost path runs through a third core is dropped (it is redundant with the links to that core); the log lists them.

The results are those of a search over the whole raster: each core's cost distance is computed once, in a window around it that is checked to give the whole-raster answer (else searched again in a larger one). The run is refused up front with a memory estimate if it would need more than 4 GiB.</source>
        <translation>Цөм бүсүүдийн хоорондох хамгийн бага зардлын экологийн коридор (Linkage Mapper-ийн адил) ба тэдгээрийн тусгай хамгаалалттай газраас гадуурх хэсгүүд, улс тус бүрээр.

CORES: полигонууд (олон хэсэгтэй объект, эсвэл ижил CORE_ID-тай хэд хэдэн объект нь нэг цөм бүс болно; нэг нүднээс жижиг цөм бүсийг түүний байрлах нүдээр төлөөлүүлнэ). RESISTANCE: нүд бүрийн нэг метрийг туулах зардал (≥ 1; тэг эсвэл сөрөг утгатай нүд байвал тооцоо зогсоно; өгөгдөлгүй нүд нэвтрэх боломжгүй), метрийн нэгжтэй проекцтой координатын системд.
Зардлын загвар: 8 хөрш нүд; нэг алхмын зардал нь хоёр нүдний зардлын дундажийг алхмын уртаар (метрээр) үржүүлсэнтэй тэнцүү (GRASS r.cost-ын анхдагч тохиргоо). Бүх зардал (lcd, CORRIDOR_WIDTH, коридорын растр) «зардал × метр» нэгжээр илэрхийлэгдэнэ: зардал нь 1 бүхий газрын 1 km-ийг туулах зардал 1000 байна.
MAX_DISTANCE (m): захууд нь хоорондоо (шулуун шугамаар) энэ зайнаас ихгүй алслагдсан цөм бүсүүдийг холбоно. CORRIDOR_WIDTH (зардал × m): нормчилсон хамгийн бага зардлын коридорын утга NLCC = CWD_A + CWD_B − LCD нь энэ хэмжээнээс ихгүй нүднүүд коридорт орно (хамгийн бага зардлын зам дээр 0).

LINKS: холбоос бүрийн хамгийн бага зардлын зам, талбарууд: from_id, to_id, lcd (хамгийн бага зардлын зай), euclid_m (захаас зах хүртэл), path_m, cwd_to_euclid, cwd_to_path (зам дагуух дундаж зардал), countries (дайран өнгөрөх улсууд, ISO3, замын дарааллаар), transboundary (1/0), unprotected_m (PROTECTED-ээс гадуурх замын урт) ба rank (1 = cwd_to_euclid хамгийн бага буюу хамгийн сайн холбогдсон холбоос). CORRIDORS: NLCC-ийн мозайк (холбоосуудын хамгийн бага утга) ≤ CORRIDOR_WIDTH байгаа газарт, бусад нүд өгөгдөлгүй. GAPS: PROTECTED-ээс гадуурх коридорын талбай, холбоос ба улс тус бүрт нэг полигон, area_ha-тай (тэнцүү талбайт проекц).

DROP_THROUGH_CORES (анхдагчаар асаалттай): хамгийн бага зардлын зам нь гурав дахь цөм бүсээр дайран өнгөрдөг холбоосыг хасна (тэр цөм бүс рүү чиглэсэн холбоосуудтай давхардана); бүртгэлд тэдгээрийг жагсаана.

Үр дүн нь бүх растрыг хайсантай ижил: цөм бүс бүрийн зардлын зайг нэг удаа, түүний эргэн тойрон дахь цонхонд тооцох бөгөөд уг цонх бүх растрын хариутай ижил хариу өгч байгааг шалгана (үгүй бол илүү том цонхонд дахин хайна). Тооцоонд 4 GiB-аас их санах ой шаардлагатай бол санах ойн тооцооллыг өгч урьдчилан татгалзана.</translation>
    </message>
    <message>
        <source>Drop links whose least-cost path runs through a third core</source>
        <translation>Хамгийн бага зардлын зам нь гурав дахь цөм бүсээр дайрдаг холбоосыг хасах</translation>
    </message>
    <message>
        <source>Such a link is redundant with the links to that core (Linkage Mapper&apos;s default). Dropped links are listed in the log.</source>
        <translation>Ийм холбоос нь тэр цөм бүс рүү чиглэсэн холбоосуудтай давхардана (Linkage Mapper-ийн анхдагч). Хассан холбоосуудыг бүртгэлд жагсаана.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>The maximum link distance must be positive (got {value} m).</source>
        <translation>Холбоосын дээд зай эерэг байх ёстой ({value} м өгсөн).</translation>
    </message>
    <message>
        <source>The corridor width must be zero or positive (got {value}).</source>
        <translation>Коридорын өргөн тэг эсвэл эерэг байх ёстой ({value} өгсөн).</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>'{name}' растр эргүүлэгдсэн байна; эхлээд хойд зүг дээш чиглэсэн тор руу хувиргана уу.</translation>
    </message>
    <message>
        <source>Core {names} of layer &apos;{layer}&apos; lies outside the resistance raster &apos;{raster}&apos;. Clip the cores to the raster or use a raster covering them.</source>
        <translation>'{layer}' давхаргын {names} цөм бүс '{raster}' эсэргүүцлийн растрын гадна байна. Цөм бүсүүдийг растраар таслах эсвэл тэдгээрийг хамарсан растр ашиглана уу.</translation>
    </message>
    <message>
        <source>This run would need about {need} of memory (raster {rows} × {cols} cells, {windows} core windows), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE.</source>
        <translation>Энэ тооцоонд ойролцоогоор {need} санах ой шаардлагатай (растр {rows} × {cols} нүд, {windows} цөм бүсийн цонх), энэ нь {budget} төсвөөс их байна. Илүү бүдүүн эсэргүүцлийн растр (том нүд) ашиглах, судалгааны талбайгаар таслах эсвэл MAX_DISTANCE-ийг багасгана уу.</translation>
    </message>
    <message>
        <source>An exact cost distance from {name} needs a window of {cells} cells, more than the memory budget allows ({allowed} cells). Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE or CORRIDOR_WIDTH.</source>
        <translation>{name}-аас нарийвчилсан зардлын зай тооцоход {cells} нүдтэй цонх шаардлагатай бөгөөд санах ойн төсвийн зөвшөөрөхөөс их байна ({allowed} нүд). Илүү бүдүүн эсэргүүцлийн растр (том нүд) ашиглах, судалгааны талбайгаар таслах эсвэл MAX_DISTANCE буюу CORRIDOR_WIDTH-ийг багасгана уу.</translation>
    </message>
    <message>
        <source>{table} line {line}: {reason}</source>
        <translation>{table}, {line}-р мөр: {reason}</translation>
    </message>
    <message>
        <source>{table} feature {line}: {reason}</source>
        <translation>{table}, {line}-р объект: {reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no station id field (looked for {fields}; fields: {present}).</source>
        <translation>«{layer}» давхаргад станцын дугаарын талбар алга ({fields} хайсан; талбарууд: {present}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; must hold points (one per station).</source>
        <translation>«{layer}» давхарга цэгүүдээс бүрдэх ёстой (станц бүрт нэг).</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a number ({value})</source>
        <translation>«{field}» тоо биш ({value})</translation>
    </message>
    <message>
        <source>negative effort ({value} days)</source>
        <translation>сөрөг хүчин чармайлт ({value} хоног)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date ({value}); use YYYY-MM-DD</source>
        <translation>«{field}» огноо биш ({value}); YYYY-MM-DD хэлбэрээр бичнэ үү</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is in the future ({value})</source>
        <translation>«{field}» ирээдүйн огноо ({value})</translation>
    </message>
    <message>
        <source>end date before start date</source>
        <translation>дуусах огноо эхлэх огнооноос өмнө</translation>
    </message>
    <message>
        <source>no location (empty geometry)</source>
        <translation>байршил алга (хоосон геометр)</translation>
    </message>
    <message>
        <source>no station id</source>
        <translation>станцын дугаар алга</translation>
    </message>
    <message>
        <source>station &apos;{station}&apos; is already placed elsewhere (line {line})</source>
        <translation>«{station}» станц өөр газар байрлалтай байна ({line}-р мөр)</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has neither &apos;effort_days&apos; nor &apos;start&apos; and &apos;end&apos;: effort is 0 and cells with stations count as surveyed.</source>
        <translation>«{layer}» давхаргад 'effort_days' ч, 'start' ба 'end' ч алга: хүчин чармайлт 0, станцтай нүдийг судалсан гэж тооцно.</translation>
    </message>
    <message>
        <source>{layer}: {count} station row(s) without effort (no &apos;effort_days&apos;, no start and end dates) count as surveyed with 0 days: lines {lines}.</source>
        <translation>{layer}: хүчин чармайлтгүй {count} станцын мөр ('effort_days' ч, эхлэх, дуусах огноо ч алга) 0 хоногоор судалсан гэж тооцогдоно: мөрүүд {lines}.</translation>
    </message>
    <message>
        <source>{layer}: {count} station(s) lie outside every country polygon: {stations}. Check their coordinates (and CRS); their detections count in the grid, and in a country only through their &apos;country&apos; value.</source>
        <translation>{layer}: {count} станц ямар ч улсын полигонд байхгүй: {stations}. Координат (болон КС)-ыг нь шалгана уу; тэдгээрийн бүртгэл торонд тооцогдох ба улсад зөвхөн 'country' утгаар нь тооцогдоно.</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;{field}&apos; column (columns: {present}).</source>
        <translation>«{layer}» хүснэгтэд '{field}' багана алга (баганууд: {present}).</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;station&apos; column and no points: detections need a station or a location.</source>
        <translation>«{layer}» хүснэгтэд 'station' багана ч, цэг ч алга: бүртгэлд станц эсвэл байршил хэрэгтэй.</translation>
    </message>
    <message>
        <source>unknown station &apos;{station}&apos; (not in the stations layer, or left out there)</source>
        <translation>үл мэдэгдэх станц «{station}» (станцын давхаргад алга, эсвэл тэнд хасагдсан)</translation>
    </message>
    <message>
        <source>no station and no location</source>
        <translation>станц ч, байршил ч алга</translation>
    </message>
    <message>
        <source>no species</source>
        <translation>зүйл алга</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>огноо алга</translation>
    </message>
    <message>
        <source>date in the future ({value})</source>
        <translation>ирээдүйн огноо ({value})</translation>
    </message>
    <message>
        <source>duplicate of line {line}</source>
        <translation>{line}-р мөрийн давхардал</translation>
    </message>
    <message>
        <source>{layer}: {count} detection(s) dated outside their station's start–end dates (kept; check the dates): lines {lines}.</source>
        <translation>{layer}: {count} бүртгэл станцынхаа эхлэх–дуусах огнооноос гадуур (үлдээсэн; огноог шалгана уу): мөрүүд {lines}.</translation>
    </message>
    <message>
        <source>The cell size must be a positive number of metres (got {value}).</source>
        <translation>Нүдний хэмжээ метрээр эерэг тоо байх ёстой ({value} өгсөн).</translation>
    </message>
    <message>
        <source>No station, detection point or habitat to build the grid on: give stations with locations, or an extent.</source>
        <translation>Тор байгуулах станц, бүртгэлийн цэг, амьдрах орчин алга: байршилтай станц эсвэл хамрах хүрээ өгнө үү.</translation>
    </message>
    <message>
        <source>The grid would have {cells} cells of {size} m ({nx} × {ny}); the limit is {limit}. Use larger cells or a smaller extent.</source>
        <translation>Торонд {size} м-ийн {cells} нүд ({nx} × {ny}) болно; хязгаар {limit}. Том нүд эсвэл жижиг хамрах хүрээ сонгоно уу.</translation>
    </message>
    <message>
        <source>Grid: {nx} × {ny} cells of {size} m in the common monitoring CRS (LAEA 45° N 120° E, origin 0, 0).</source>
        <translation>Тор: хамтын мониторингийн КС-д (LAEA 45° N 120° E, эх цэг 0, 0) {size} м-ийн {nx} × {ny} нүд.</translation>
    </message>
    <message>
        <source>{count} station(s) lie outside the grid&apos;s extent and are left out of it: {stations}.</source>
        <translation>{count} станц торын хүрээнээс гадуур тул оруулаагүй: {stations}.</translation>
    </message>
    <message>
        <source>{count} detection(s) lie outside the grid&apos;s extent and are left out of it.</source>
        <translation>{count} бүртгэл торын хүрээнээс гадуур тул оруулаагүй.</translation>
    </message>
    <message>
        <source>{count} row(s) left out (listed with their line numbers).</source>
        <translation>{count} мөрийг хассан (мөрийн дугаартай нь жагсаасан).</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no coordinate reference system.</source>
        <translation>«{layer}» растрт координатын систем алга.</translation>
    </message>
    <message>
        <source>Raster '{layer}' has {count} cells with a negative conductance, e.g. row {row}, column {col} (value {value}). Conductances must be ≥ 0; set impassable cells to 0 or nodata.</source>
        <translation>“{layer}” растерт {count} нүд сөрөг дамжуулалттай байна, жишээ нь {row}-р мөр, {col}-р багана (утга {value}). Дамжуулалт ≥ 0 байх ёстой; нэвтрэх боломжгүй нүдийг 0 эсвэл nodata болгоно уу.</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has {count} cells with zero or negative resistance, e.g. row {row}, column {col} (value {value}). Resistances must be &gt; 0; set impassable cells to nodata.</source>
        <translation>“{layer}” растерт {count} нүд тэг эсвэл сөрөг эсэргүүцэлтэй байна, жишээ нь {row}-р мөр, {col}-р багана (утга {value}). Эсэргүүцэл &gt; 0 байх ёстой; нэвтрэх боломжгүй нүдийг nodata болгоно уу.</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no cell that conducts: every cell is nodata (or has conductance 0).</source>
        <translation>“{layer}” растерт гүйдэл дамжуулах нүд алга: бүх нүд nodata (эсвэл дамжуулалт 0) байна.</translation>
    </message>
    <message>
        <source>CONNECTIONS must be 4 or 8 (got {value}).</source>
        <translation>CONNECTIONS нь 4 эсвэл 8 байх ёстой ({value} өгсөн).</translation>
    </message>
    <message>
        <source>AVERAGE must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>AVERAGE нь “resistance” эсвэл “conductance” байх ёстой (“{value}” өгсөн).</translation>
    </message>
    <message>
        <source>This circuit would need about {need} of memory ({nodes} nodes on a {rows} × {cols} grid), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or give a CORRIDORS raster to solve inside the corridors only.</source>
        <translation>Энэ хэлхээнд ойролцоогоор {need} санах ой хэрэгтэй ({rows} × {cols} сүлжээн дээрх {nodes} зангилаа) нь {budget} төсвөөс их байна. Илүү бүдүүн эсэргүүцлийн растер (том нүд) ашиглах, судалгааны талбайгаар тайрах, эсвэл зөвхөн коридор дотор бодохын тулд CORRIDORS растер өгнө үү.</translation>
    </message>
    <message>
        <source>The circuit for {pair} could not be solved accurately (backward error {residual}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances (e.g. at 10⁶ times the smallest) or set impassable cells to nodata, and run again.</source>
        <translation>{pair}-ийн хэлхээг нарийвчлалтай бодож чадсангүй (буцах алдаа {residual}): эсэргүүцлүүд давхар нарийвчлалд хэт олон эрэмбийг хамарч байна. Хамгийн их эсэргүүцлийг хязгаарлах (жишээ нь хамгийн багын 10⁶ дахин) эсвэл нэвтрэх боломжгүй нүдийг nodata болгоод дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>The circuit for {pair} gave inconsistent results (resistance {resistance} but dissipated power {power}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances or set impassable cells to nodata, and run again.</source>
        <translation>{pair}-ийн хэлхээ зөрчилтэй үр дүн өглөө (эсэргүүцэл {resistance}, харин зарцуулсан чадал {power}): эсэргүүцлүүд давхар нарийвчлалд хэт олон эрэмбийг хамарч байна. Хамгийн их эсэргүүцлийг хязгаарлах эсвэл нэвтрэх боломжгүй нүдийг nodata болгоод дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each focal node.</source>
        <translation>“{layer}” давхаргад “{field}” талбар алга. Фокус зангилаа бүрийг ялгах талбарыг сонгоно уу.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no fields &apos;from_id&apos; and &apos;to_id&apos;: give the LINKS output of the corridor tool.</source>
        <translation>“{layer}” давхаргад “from_id”, “to_id” талбар алга: коридорын хэрэгслийн LINKS гаралтыг өгнө үү.</translation>
    </message>
    <message>
        <source>RESISTANCE_IS must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>RESISTANCE_IS нь “resistance” эсвэл “conductance” байх ёстой (“{value}” өгсөн).</translation>
    </message>
    <message>
        <source>The pinch-point percentile must be from 0 to below 100 (got {value}).</source>
        <translation>Нарийн хэсгийн перцентиль 0-ээс 100-аас бага хооронд байх ёстой ({value} өгсөн).</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>“{layer}” растер эргүүлэгдсэн байна; эхлээд хойд зүг рүү чиглэсэн сүлжээ рүү хувиргана уу.</translation>
    </message>
    <message>
        <source>The corridor raster '{layer}' is not on the resistance raster's grid ({rows} × {cols} cells, same origin and cell size). Use the CORRIDORS output made from this resistance raster.</source>
        <translation>“{layer}” коридорын растер эсэргүүцлийн растерын сүлжээтэй таарахгүй байна ({rows} × {cols} нүд, ижил эх цэг, нүдний хэмжээ). Энэ эсэргүүцлийн растераас гаргасан CORRIDORS гаралтыг ашиглана уу.</translation>
    </message>
    <message>
        <source>The corridor raster &apos;{layer}&apos; has no corridor cell (every cell is nodata).</source>
        <translation>“{layer}” коридорын растерт коридорын нүд алга (бүх нүд nodata).</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Файл олдсонгүй: {path}</translation>
    </message>
    <message>
        <source>No {what} raster was given.</source>
        <translation>{what} растр өгөгдөөгүй байна.</translation>
    </message>
    <message>
        <source>Raster '{name}' has no coordinate reference system. Set it (Layer Properties ▸ Source) and run again.</source>
        <translation>'{name}' растрт координатын систем алга. Үүнийг тохируулаад (Давхаргын шинж чанар ▸ Эх сурвалж) дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>Cannot build a mosaic of the tiles {names}: {error}</source>
        <translation>{names} хавтангуудаас мозайк угсарч чадсангүй: {error}</translation>
    </message>
    <message>
        <source>Cannot reproject the tiles onto the analysis grid: {error}</source>
        <translation>Хавтангуудыг шинжилгээний тор руу дахин проекцолж чадсангүй: {error}</translation>
    </message>
    <message>
        <source>{what}: {pct} % of the extent has no tile, so no data there (output nodata): {where}.</source>
        <translation>{what}: хамрах хүрээний {pct} %-д хавтан алга, тэнд өгөгдөл байхгүй (гаралт өгөгдөлгүй): {where}.</translation>
    </message>
    <message>
        <source>EXTENT must have xmax &gt; xmin and ymax &gt; ymin (got {extent}).</source>
        <translation>EXTENT нь xmax &gt; xmin ба ymax &gt; ymin байх ёстой (өгсөн нь {extent}).</translation>
    </message>
    <message>
        <source>TARGET_CRS &apos;{name}&apos; is not a projected CRS in metres; leave it empty for the equal-area CRS centred on the extent.</source>
        <translation>TARGET_CRS '{name}' нь метрийн нэгжтэй проекцтой координатын систем биш; хамрах хүрээний төвтэй тэнцүү талбайт системийг ашиглахын тулд хоосон үлдээнэ үү.</translation>
    </message>
    <message>
        <source>CELL_SIZE must be a positive number of metres (got {cell}).</source>
        <translation>CELL_SIZE нь метрээр илэрхийлсэн эерэг тоо байх ёстой (өгсөн нь {cell}).</translation>
    </message>
    <message>
        <source>The analysis grid would have {rows} × {cols} cells at {cell} m: too many. Use a larger CELL_SIZE or a smaller EXTENT.</source>
        <translation>{cell} m-т шинжилгээний тор {rows} × {cols} нүдтэй болох нь хэт олон. Илүү том CELL_SIZE эсвэл жижиг EXTENT ашиглана уу.</translation>
    </message>
    <message>
        <source>Land-cover tile &apos;{name}&apos; is stored as {type}: tiles must hold integer class codes (Byte, UInt16, Int16, Int32, like ESA WorldCover). Convert it with gdal_translate -ot Byte or Int32.</source>
        <translation>Газрын бүрхэвчийн '{name}' хавтан {type} төрлөөр хадгалагдсан: хавтангууд бүхэл тоон ангиллын кодтой байх ёстой (Byte, UInt16, Int16, Int32, ESA WorldCover шиг). gdal_translate -ot Byte эсвэл Int32-оор хөрвүүлнэ үү.</translation>
    </message>
    <message>
        <source>{n} land-cover tile(s) in another CRS than the others reprojected on the fly: {names}.</source>
        <translation>Бусдаас өөр координатын системтэй газрын бүрхэвчийн {n} хавтанг шууд дахин проекцолсон: {names}.</translation>
    </message>
    <message>
        <source>AGGREGATE must be one of {allowed} (got &apos;{value}&apos;).</source>
        <translation>AGGREGATE нь {allowed}-ийн аль нэг байх ёстой (өгсөн нь '{value}').</translation>
    </message>
    <message>
        <source>The extent does not overlap any land-cover tile ({names}).</source>
        <translation>Хамрах хүрээ газрын бүрхэвчийн аль ч хавтантай давхцахгүй байна ({names}).</translation>
    </message>
    <message>
        <source>Analysis grid: {rows} × {cols} cells of {cell} m in {crs}, from {n} land-cover tile(s), aggregate '{aggregate}'.</source>
        <translation>Шинжилгээний тор: {crs} системд {cell} m-ийн {rows} × {cols} нүд, газрын бүрхэвчийн {n} хавтангаас, нэгтгэл '{aggregate}'.</translation>
    </message>
    <message>
        <source>DEM: {n} tile(s) reprojected onto the analysis grid ({method} resampling); slope and ruggedness in metres at {cell} m.</source>
        <translation>DEM: {n} хавтанг шинжилгээний тор руу дахин проекцолсон ({method} дахин түүвэрлэлт); налуу ба хэрчигдэл метрээр, {cell} m-т.</translation>
    </message>
    <message>
        <source>{n} cell(s) impassable because most of their fine cells are of impassable classes.</source>
        <translation>{n} нүд нэвтрэх боломжгүй: тэдгээрийн жижиг нүдний ихэнх нь нэвтрэх боломжгүй ангилалд багтана.</translation>
    </message>
    <message>
        <source>Folder &apos;{folder}&apos; holds no raster tiles (.tif, .tiff, .vrt, .img, .hgt, .jp2) for {what}.</source>
        <translation>'{folder}' хавтаст {what}-д зориулсан растр хавтан (.tif, .tiff, .vrt, .img, .hgt, .jp2) алга.</translation>
    </message>
    <message>
        <source>Tiles to add for {what} (none exists where the gap is open sea): {names}.</source>
        <translation>{what}-д нэмэх хавтангууд (зай нь задгай далай бол хавтан байдаггүй): {names}.</translation>
    </message>
    <message>
        <source>Memory budget: about {mb} MB (GDAL block cache {cache} MB, warp buffers {warp} MB, blocks of {rows} rows × {cols} columns {block} MB, the rest {base} MB); it does not grow with the size of the tiles.</source>
        <translation>Санах ойн төсөв: ойролцоогоор {mb} MB (GDAL блокийн кэш {cache} MB, дахин проекцлолын буфер {warp} MB, {rows} мөр × {cols} баганатай блок {block} MB, бусад {base} MB); хавтангийн хэмжээнээс хамаарч өсөхгүй.</translation>
    </message>
    <message>
        <source>The median dispersal distance must be more than 0 m (got {value}).</source>
        <translation>Тархалтын медиан зай 0 м-ээс их байх ёстой (өгсөн: {value}).</translation>
    </message>
    <message>
        <source>The probability at the median distance must lie between 0 and 1, both excluded (got {value}).</source>
        <translation>Медиан зай дахь магадлал 0 ба 1-ийн хооронд байх ёстой, хоёуланг нь оруулахгүй (өгсөн: {value}).</translation>
    </message>
    <message>
        <source>The minimum probability must lie between 0 (no cut-off) and 1 (got {value}).</source>
        <translation>Хамгийн бага магадлал 0 (таслахгүй) ба 1-ийн хооронд байх ёстой (өгсөн: {value}).</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' must hold a number ≥ 0 for every patch; patch '{patch}' has '{value}' ({count} such patches). Fill or fix the field, or leave ATTRIBUTE empty to use the patch area.</source>
        <translation>'{layer}' давхарга: '{field}' талбар хэсэг бүрт ≥ 0 тоотой байх ёстой; '{patch}' хэсэгт '{value}' байна (ийм {count} хэсэг). Талбарыг бөглөх, засах эсвэл хэсгийн талбайг ашиглахын тулд ATTRIBUTE-ийг хоосон орхино уу.</translation>
    </message>
    <message>
        <source>The IIC link distance must be 0 m or more (got {value}).</source>
        <translation>IIC холбоосын зай 0 м буюу түүнээс их байх ёстой (өгсөн: {value}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>«{layer}» давхаргад «{field}» талбар алга.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} patch(es) have no value in &apos;{field}&apos;. Give every patch an id.</source>
        <translation>'{layer}' давхарга: {count} хэсэгт '{field}' утга алга. Хэсэг бүрт дугаар өгнө үү.</translation>
    </message>
    <message>
        <source>The transboundary distance must be 0 m or more (got {value}).</source>
        <translation>Хил дамнасан зай 0 м буюу түүнээс их байх ёстой (өгсөн: {value}).</translation>
    </message>
    <message>
        <source>Country code(s) {codes} are not in layer &apos;{layer}&apos; (field &apos;{field}&apos;). Use codes of that field, e.g. {example}.</source>
        <translation>{codes} улсын код '{layer}' давхаргад ('{field}' талбар) алга. Тэр талбарын кодыг ашиглана уу, жишээ нь {example}.</translation>
    </message>
    <message>
        <source>Layer '{layer}' has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>«{layer}» давхаргад координатын систем алга. QGIS-д тохируулаад (Давхаргын шинж чанар ▸ Эх сурвалж) дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has an unreadable coordinate reference system: {error}</source>
        <translation>«{layer}» давхаргын координатын системийг уншиж чадсангүй: {error}</translation>
    </message>
    <message>
        <source>Raster '{raster}' is in a geographic CRS ({crs}): cell sizes are in degrees, not metres. Reproject it to a projected CRS in metres first (Raster ▸ Projections ▸ Warp), e.g. a Lambert azimuthal equal-area or UTM CRS.</source>
        <translation>«{raster}» растр газарзүйн координатын системтэй ({crs}): нүдний хэмжээ метрээр биш, градусаар байна. Эхлээд метрийн проекцтой координатын систем рүү дахин проекцлоно уу (Растр ▸ Проекц ▸ Хувиргах), жишээ нь Ламбертын тэнцүү талбайт азимутын эсвэл UTM.</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; uses &apos;{unit}&apos; as its unit; reproject it to a CRS in metres.</source>
        <translation>«{raster}» растрын нэгж нь «{unit}» байна; метрийн координатын систем рүү дахин проекцлоно уу.</translation>
    </message>
    <message>
        <source>No country code field found (looked for {candidates}; fields: {fields}). Choose the field holding ISO 3166 alpha-3 codes.</source>
        <translation>Улсын кодын талбар олдсонгүй ({candidates}-г хайсан; талбарууд: {fields}). ISO 3166-ийн гурван үсэгт кодтой талбарыг сонгоно уу.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;; fields: {fields}.</source>
        <translation>«{layer}» давхаргад «{field}» талбар алга; талбарууд: {fields}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {error}</source>
        <translation>«{layer}» давхарга: {error}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is not a WDPA file: it has neither WDPAID (legacy WDPA) nor SITE_ID with SITE_TYPE/REALM/PRNT_ISO3 (WDPCA). Pick the Protected Planet download, or a layer with those fields.</source>
        <translation>«{layer}» давхарга WDPA файл биш: WDPAID (хуучин WDPA) ч, SITE_TYPE/REALM/PRNT_ISO3-тай SITE_ID (WDPCA) ч алга. Protected Planet-ээс татсан файл эсвэл эдгээр талбартай давхаргыг сонгоно уу.</translation>
    </message>
    <message>
        <source>Layer '{layer}' has points but no REP_AREA field (reported area, km²) to draw them as circles.</source>
        <translation>«{layer}» давхаргад цэгүүд байгаа ч тэдгээрийг тойрог болгон зурах REP_AREA талбар (мэдээлсэн талбай, км²) алга.</translation>
    </message>
    <message>
        <source>Layer '{layer}' holds points (a WDPA point file: {count} sites have no boundary). Use the WDPA polygon file, or tick the option to draw each point as a circle of its reported area (REP_AREA) — an approximation, flagged in the output.</source>
        <translation>«{layer}» давхарга цэгүүдтэй (WDPA цэгийн файл: {count} газарт хил алга). WDPA олон өнцөгтийн файлыг ашиглах, эсвэл цэг бүрийг мэдээлсэн талбайн (REP_AREA) тойрог болгон зурах сонголтыг идэвхжүүлнэ үү — энэ нь ойролцоо бөгөөд үр дүнд тэмдэглэгдэнэ.</translation>
    </message>
    <message>
        <source>{field} codes {wrong} do not exist; valid codes: {valid}</source>
        <translation>{field} код {wrong} байхгүй; зөв кодууд: {valid}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no PRESENCE, ORIGIN or SEASONAL field: is it an IUCN Red List or BirdLife range map?</source>
        <translation>«{layer}» давхаргад PRESENCE, ORIGIN, SEASONAL талбар алга: энэ нь IUCN-ийн Улаан данс эсвэл BirdLife-ийн тархацын зураг мөн үү?</translation>
    </message>
    <message>
        <source>Unknown legend &apos;{legend}&apos; (no {file} in resources/legends).</source>
        <translation>Үл мэдэгдэх тайлбар «{legend}» (resources/legends-д {file} алга).</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos; has neither a &apos;cost&apos; nor a &apos;type&apos; field. Add a numeric &apos;cost&apos; (the new cost of the cells it covers) or a &apos;type&apos; (crossing, restoration or barrier).</source>
        <translation>«{layer}» хувилбарын давхаргад «cost» ч, «type» ч талбар алга. Тоон «cost» (хамрах нүднүүдийн шинэ зардал) эсвэл «type» (crossing, restoration, barrier) нэмнэ үү.</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: unknown type &apos;{kind}&apos;. Use crossing, restoration or barrier (or give a numeric &apos;cost&apos;).</source>
        <translation>«{layer}» хувилбарын давхарга, {feature}-р объект: үл мэдэгдэх төрөл «{kind}». crossing, restoration, barrier-ийн аль нэгийг ашиглах (эсвэл тоон «cost» өгөх) хэрэгтэй.</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost &apos;{cost}&apos; is not a number (or &apos;impassable&apos;).</source>
        <translation>«{layer}» хувилбарын давхарга, {feature}-р объект: «{cost}» зардал тоо биш (мөн «impassable» биш).</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost {cost:g} must be &gt; 0; use &apos;impassable&apos; for a barrier.</source>
        <translation>«{layer}» хувилбарын давхарга, {feature}-р объект: {cost:g} зардал 0-ээс их байх ёстой; саадад «impassable» ашиглана уу.</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature} has neither a cost nor a type.</source>
        <translation>«{layer}» хувилбарын давхаргын {feature}-р объектод зардал ч, төрөл ч алга.</translation>
    </message>
    <message>
        <source>Option &apos;{option}&apos; has neither a raster nor a layer.</source>
        <translation>«{option}» хувилбарт растр ч, давхарга ч алга.</translation>
    </message>
    <message>
        <source>Give at least one option (a resistance raster or a layer of crossings, restorations or barriers).</source>
        <translation>Дор хаяж нэг хувилбар өгнө үү (эсэргүүцлийн растр эсвэл гарц, нөхөн сэргээлт, саадын давхарга).</translation>
    </message>
    <message>
        <source>Option names must be unique and not &apos;{baseline}&apos;: {names}. Rename the layers.</source>
        <translation>Хувилбарын нэрс давхцахгүй, «{baseline}» биш байх ёстой: {names}. Давхаргуудын нэрийг солино уу.</translation>
    </message>
    <message>
        <source>Layer '{layer}' ({role}) holds points, but polygons are needed. Protected Planet publishes sites without a boundary as points with a reported area (REP_AREA, km²): buffer them to circles of that area first (radius = sqrt(REP_AREA × 1,000,000 / π) metres, in a projected CRS): tick 'Draw WDPA points as circles of their reported area (REP_AREA)' of this tool, or use Vector ▸ Geoprocessing ▸ Buffer.</source>
        <translation>«{layer}» давхарга ({role}) цэгүүдтэй, гэтэл олон өнцөгт хэрэгтэй. Protected Planet хилгүй газруудыг мэдээлсэн талбайтай (REP_AREA, км²) цэгээр нийтэлдэг: эхлээд тэдгээрийг тэр талбайн тойрог болгон буфер хийнэ үү (радиус = sqrt(REP_AREA × 1,000,000 / π) метр, проекцтой координатын системд): энэ хэрэгслийн «WDPA цэгүүдийг мэдээлсэн талбайн (REP_AREA) тойрог болгон зурах»-ыг идэвхжүүлэх эсвэл Вектор ▸ Геоболовсруулалт ▸ Буфер ашиглана уу.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds points, but polygons are needed.</source>
        <translation>«{layer}» давхарга ({role}) цэгүүдтэй, гэтэл олон өнцөгт хэрэгтэй.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds no polygons (lines or other geometries); choose a polygon layer.</source>
        <translation>«{layer}» давхарга ({role}) олон өнцөгтгүй (шугам эсвэл бусад геометр); олон өнцөгтийн давхарга сонгоно уу.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no {field} field for the breakdown; choose another breakdown or add the field.</source>
        <translation>«{layer}» давхаргад ангилалд хэрэглэх {field} талбар алга; өөр ангилал сонгох эсвэл талбар нэмнэ үү.</translation>
    </message>
    <message>
        <source>Raster '{raster}' has no coordinate reference system. Assign one (Raster ▸ Projections ▸ Assign Projection) and run again.</source>
        <translation>«{raster}» растрт координатын систем алга. Оноогоод (Растр ▸ Проекц ▸ Проекц оноох) дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>Cannot warp raster &apos;{raster}&apos; to the equal-area grid: {error}</source>
        <translation>«{raster}» растрыг тэнцүү талбайт тор руу хувиргаж чадсангүй: {error}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; holds fractional values (a suitability surface?): set &apos;Suitability threshold&apos; so that cells at or above it count as habitat.</source>
        <translation>«{raster}» растр бутархай утгатай (тохиромжийн гадаргуу уу?): түүнээс их буюу тэнцүү нүд амьдрах орчинд тооцогдохоор «Тохиромжийн босго»-ыг тохируулна уу.</translation>
    </message>
    <message>
        <source>REGULARLY must be one of {rules}, not &apos;{value}&apos;.</source>
        <translation>REGULARLY нь {rules}-ийн аль нэг байх ёстой, «{value}» биш.</translation>
    </message>
    <message>
        <source>{parameter} must be a distance of 0 metres or more (got {value}).</source>
        <translation>{parameter} нь 0 метр буюу түүнээс их зай байх ёстой ({value} өгсөн).</translation>
    </message>
    <message>
        <source>The minimum number of seasons must be at least 1.</source>
        <translation>Улирлын хамгийн бага тоо дор хаяж 1 байх ёстой.</translation>
    </message>
    <message>
        <source>Table {table} has no column {wanted} (columns: {columns}).</source>
        <translation>{table} хүснэгтэд {wanted} багана алга (баганууд: {columns}).</translation>
    </message>
    <message>
        <source>Table {table} needs a &apos;threshold_1pct&apos; or an &apos;estimate&apos; column (columns: {columns}).</source>
        <translation>{table} хүснэгтэд «threshold_1pct» эсвэл «estimate» багана хэрэгтэй (баганууд: {columns}).</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has {geometry} geometries; polygons are needed. Buffer points by their reported area first (e.g. Vector ▸ Geoprocessing ▸ Buffer).</source>
        <translation>{role} давхарга («{layer}») {geometry} геометртэй; олон өнцөгт хэрэгтэй. Эхлээд цэгүүдийг мэдээлсэн талбайгаар нь буфер хийнэ үү (жишээ нь Вектор ▸ Геоболовсруулалт ▸ Буфер).</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>{role} давхаргад («{layer}») координатын систем алга. QGIS-д тохируулаад (Давхаргын шинж чанар ▸ Эх сурвалж) дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>Layer WETLANDS (&apos;{layer}&apos;) has no site field &apos;{field}&apos; (fields: {fields}). Choose it in SITE_FIELD.</source>
        <translation>WETLANDS давхаргад («{layer}») «{field}» газрын талбар алга (талбарууд: {fields}). SITE_FIELD-д сонгоно уу.</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a raster: it may be corrupt or truncated ({error}).</source>
        <translation>«{path}»-г растр болгон нээж чадсангүй: файл эвдэрсэн эсвэл дутуу байж магадгүй ({error}).</translation>
    </message>
    <message>
        <source>Cannot read raster &apos;{path}&apos;: {error}</source>
        <translation>«{path}» растрыг уншиж чадсангүй: {error}</translation>
    </message>
    <message>
        <source>Output folder is missing or not writable: {folder}</source>
        <translation>Үр дүнгийн хавтас алга эсвэл бичих боломжгүй: {folder}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>«{raster}» растрт координатын систем алга. Тохируулаад дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>Cannot resample &apos;{raster}&apos; onto the grid: {error}</source>
        <translation>«{raster}»-г тор руу дахин түүвэрлэж чадсангүй: {error}</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}</source>
        <translation>{path}-г үүсгэж чадсангүй: {error}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a vector file: it may be corrupt or truncated ({error}).</source>
        <translation>«{path}»-г вектор файл болгон нээж чадсангүй: файл эвдэрсэн эсвэл дутуу байж магадгүй ({error}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; not found in &apos;{path}&apos;.</source>
        <translation>«{path}»-д «{layer}» давхарга олдсонгүй.</translation>
    </message>
    <message>
        <source>Unsupported output format &apos;{suffix}&apos; for {path}; use .gpkg, .shp, .geojson or .kml.</source>
        <translation>{path}-ийн «{suffix}» үр дүнгийн формат дэмжигдэхгүй; .gpkg, .shp, .geojson эсвэл .kml ашиглана уу.</translation>
    </message>
    <message>
        <source>Output folder does not exist: {folder}</source>
        <translation>Үр дүнгийн хавтас алга: {folder}</translation>
    </message>
    <message>
        <source>Output folder is not writable: {folder}</source>
        <translation>Үр дүнгийн хавтаст бичих боломжгүй: {folder}</translation>
    </message>
    <message>
        <source>Cannot create layer &apos;{layer}&apos; in {path}: {error}</source>
        <translation>{path}-д «{layer}» давхарга үүсгэж чадсангүй: {error}</translation>
    </message>
    <message>
        <source>Cannot create field &apos;{field}&apos; in {path}.</source>
        <translation>{path}-д «{field}» талбар үүсгэж чадсангүй.</translation>
    </message>
    <message>
        <source>Writing {file} failed: {written} of {count} features written.</source>
        <translation>{file}-г бичиж чадсангүй: {count} объектоос зөвхөн {written}-г бичсэн.</translation>
    </message>
    <message>
        <source>{error} ({parameter})</source>
        <translation>{error} ({parameter})</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each core area.</source>
        <translation>«{layer}» давхаргад «{field}» талбар алга. Цөм бүс бүрийг ялгах талбарыг сонгоно уу.</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies outside the resistance raster. Clip the cores to the raster&apos;s extent or use a larger raster.</source>
        <translation>«{core}» цөм бүс эсэргүүцлийн растрын гадна байна. Цөм бүсүүдийг растрын хамрах хүрээгээр тайрах эсвэл илүү том растр ашиглана уу.</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies only on nodata (impassable) cells of the resistance raster. Give its cells a cost or move the core.</source>
        <translation>«{core}» цөм бүс эсэргүүцлийн растрын зөвхөн nodata (нэвтрэх боломжгүй) нүдэн дээр байна. Тэдгээр нүдэнд зардал өгөх эсвэл цөм бүсийг зөөнө үү.</translation>
    </message>
    <message>
        <source>Raster '{name}' has {count} cells with zero or negative cost, e.g. row {row}, column {column} (x={x:.1f}, y={y:.1f}) with value {value:g}. Costs must be &gt; 0 (normally ≥ 1); set impassable cells to nodata instead.</source>
        <translation>«{name}» растрт тэг эсвэл сөрөг зардалтай {count} нүд байна, жишээ нь {row}-р мөр, {column}-р багана (x={x:.1f}, y={y:.1f}), утга {value:g}. Зардал 0-ээс их (ихэвчлэн ≥ 1) байх ёстой; нэвтрэх боломжгүй нүдийг оронд нь nodata болгоно уу.</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no valid cells: every cell is nodata.</source>
        <translation>«{name}» растрт хүчинтэй нүд алга: бүх нүд nodata байна.</translation>
    </message>
    <message>
        <source>{what} &apos;{path}&apos; not found.</source>
        <translation>{what} «{path}» олдсонгүй.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; is not a text CSV file (binary content); save it as CSV (comma separated, UTF-8) with the columns class,cost.</source>
        <translation>{what} «{file}» текст CSV файл биш (хоёртын агуулгатай); class,cost баганатай CSV (таслалаар тусгаарласан, UTF-8) болгон хадгална уу.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; cannot be read as text; save it as UTF-8 CSV.</source>
        <translation>{what} «{file}»-г текст болгон уншиж чадсангүй; UTF-8 CSV болгон хадгална уу.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has no rows; it needs the columns class,cost.</source>
        <translation>{what} «{file}»-д мөр алга; class,cost баганууд хэрэгтэй.</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost '{text}' is not a number. Write a number ≥ 1, or 'impassable' for a class that cannot be crossed.</source>
        <translation>{what} «{file}», {line}-р мөр: «{text}» зардал тоо биш. ≥ 1 тоо, эсвэл нэвтрэх боломжгүй ангилалд 'impassable' гэж бичнэ үү.</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost {text} is below 1. Costs are resistances ≥ 1 (1 = easiest to cross); rescale the table, e.g. R' = 1 + (R − Rmin)·999/(Rmax − Rmin).</source>
        <translation>{what} «{file}», {line}-р мөр: {text} зардал 1-ээс бага. Зардал нь ≥ 1 эсэргүүцэл (1 = хамгийн амар нэвтрэх); хүснэгтийг дахин масштаблана уу, жишээ нь R' = 1 + (R − Rmin)·999/(Rmax − Rmin).</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>Зардлын хүснэгт</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: the header must name the columns &apos;class&apos; and &apos;cost&apos; (found: {found}).</source>
        <translation>{what} «{file}», {line}-р мөр: толгой мөрөнд 'class' ба 'cost' баганууд байх ёстой (олдсон: {found}).</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: expected at least the columns class,cost; found &apos;{found}&apos;.</source>
        <translation>{what} «{file}», {line}-р мөр: дор хаяж class,cost баганууд хэрэгтэй; олдсон: «{found}».</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class &apos;{value}&apos; is not an integer class code.</source>
        <translation>{what} «{file}», {line}-р мөр: «{value}» ангилал бүхэл тоон ангиллын код биш.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class {cls} is already given on line {first}; keep one row per class.</source>
        <translation>{what} «{file}», {line}-р мөр: {cls} ангилал {first}-р мөрөнд аль хэдийн өгөгдсөн; ангилал бүрт нэг мөр үлдээнэ үү.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has a header but no rows.</source>
        <translation>{what} «{file}»-д толгой мөр байгаа ч өгөгдлийн мөр алга.</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles} (custom needs a TABLE).</source>
        <translation>Үл мэдэгдэх зүйлийн профиль «{profile}»; эдгээрийн нэгийг ашиглана уу: {profiles} (custom-д TABLE хэрэгтэй).</translation>
    </message>
    <message>
        <source>Barrier table</source>
        <translation>Саадын хүснэгт</translation>
    </message>
    <message>
        <source>The land-cover raster has non-integer values (e.g. {value} at block row {row}, column {column}): it must hold integer class codes.</source>
        <translation>Газрын бүрхэвчийн растрт бүхэл биш утга байна (жишээ нь блокийн {row}-р мөр, {column}-р баганад {value}): бүхэл тоон ангиллын код агуулсан байх ёстой.</translation>
    </message>
    <message>
        <source>DEM &apos;{name}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>«{name}» DEM-д координатын систем алга. Тохируулаад дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>Cannot read DEM &apos;{name}&apos;: it may be corrupt or truncated ({reason}).</source>
        <translation>«{name}» DEM-г уншиж чадсангүй: файл эвдэрсэн эсвэл дутуу байж магадгүй ({reason}).</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has values that are not numbers in {count} feature(s): {examples}. Write a cost ≥ 1, 'impassable', or leave it empty.</source>
        <translation>«{layer}» давхарга: «{field}» талбарт {count} объектод тоо биш утга байна: {examples}. ≥ 1 зардал, 'impassable' гэж бичих эсвэл хоосон үлдээнэ үү.</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has costs below 1 in {count} feature(s): {examples}. Barrier costs are resistances ≥ 1.</source>
        <translation>«{layer}» давхарга: «{field}» талбарт {count} объектод 1-ээс бага зардал байна: {examples}. Саадын зардал нь ≥ 1 эсэргүүцэл.</translation>
    </message>
    <message>
        <source>none for the custom profile</source>
        <translation>өөрийн профильд байхгүй</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} line(s) have a type with no barrier cost for profile &apos;{profile}&apos;: {listing}. Known types: {known}. Add a numeric &apos;{field}&apos; field, remove those lines (e.g. minor roads), or set BARRIER_COST.</source>
        <translation>«{layer}» давхарга: {count} шугамын төрөлд «{profile}» профилийн саадын зардал алга: {listing}. Мэдэгдэх төрлүүд: {known}. Тоон утгатай «{field}» талбар нэмэх, тэдгээр шугамыг (жишээ нь туслах зам) хасах, эсвэл BARRIER_COST тохируулна уу.</translation>
    </message>
    <message>
        <source>The default barrier cost must be ≥ 1 (got {cost:g}).</source>
        <translation>Саадын өгөгдмөл зардал ≥ 1 байх ёстой (өгсөн нь {cost:g}).</translation>
    </message>
    <message>
        <source>Barrier width must be a positive number of metres (got {width}).</source>
        <translation>Саадын өргөн нь эерэг тоо (метрээр) байх ёстой (өгсөн нь {width}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; holds points (e.g. feature {feature}); barriers must be lines (roads, railways, fences).</source>
        <translation>«{layer}» давхарга цэг агуулж байна (жишээ нь {feature}-р объект); саад нь шугам (зам, төмөр зам, хашаа) байх ёстой.</translation>
    </message>
    <message>
        <source>Cannot read '{name}' at rows {first}–{last}: the file may be corrupt or truncated ({reason}).</source>
        <translation>«{name}»-г {first}–{last} мөрөнд уншиж чадсангүй: файл эвдэрсэн эсвэл дутуу байж магадгүй ({reason}).</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles}.</source>
        <translation>Үл мэдэгдэх зүйлийн профиль «{profile}»; эдгээрийн нэгийг ашиглана уу: {profiles}.</translation>
    </message>
    <message>
        <source>The custom profile needs a TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'). Start from a copy of a bundled profile.</source>
        <translation>Өөрийн (custom) профильд TABLE хэрэгтэй: class,cost баганатай CSV файл (зардал ≥ 1, эсвэл 'impassable'). Суулгагдсан профилийн хуулбараас эхэлнэ үү.</translation>
    </message>
    <message>
        <source>Land cover &apos;{name}&apos; has classes missing from the cost table &apos;{table}&apos;: {listing}. Add a row &apos;class,cost&apos; for each to a copy of the table and give it as TABLE, or choose to treat unknown classes as impassable.</source>
        <translation>«{name}» газрын бүрхэвчид «{table}» зардлын хүснэгтэд байхгүй ангилал байна: {listing}. Хүснэгтийн хуулбарт ангилал бүрд 'class,cost' мөр нэмээд TABLE болгон өгөх, эсвэл үл мэдэгдэх ангиллыг нэвтрэх боломжгүй гэж үзэхийг сонгоно уу.</translation>
    </message>
    <message>
        <source>Layer {layer} has no field &apos;{field}&apos;: use the output of &apos;Ramsar candidates (transboundary)&apos; (neaspec:ramsar_candidates).</source>
        <translation>{layer} давхаргад «{field}» талбар алга: «Рамсарын нэр дэвшигч газар (хил дамнасан)» (neaspec:ramsar_candidates)-ын гаралтыг ашиглана уу.</translation>
    </message>
    <message>
        <source>Choose a candidate id in CANDIDATE (available: {available}).</source>
        <translation>CANDIDATE-д нэр дэвшигчийн дугаар сонгоно уу (боломжтой: {available}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>алга</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; is not in layer {layer} (available: {available}).</source>
        <translation>«{candidate}» нэр дэвшигч {layer} давхаргад алга (боломжтой: {available}).</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; has {count} components without geometry in {layer}.</source>
        <translation>«{candidate}» нэр дэвшигчийн {count} бүрэлдэхүүн хэсэг {layer}-д геометргүй байна.</translation>
    </message>
    <message>
        <source>Cannot create the output folder {folder}: {reason}</source>
        <translation>Үр дүнгийн хавтас {folder}-г үүсгэж чадсангүй: {reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: QGIS cannot open {source}</source>
        <translation>«{layer}» давхарга: QGIS {source}-г нээж чадсангүй</translation>
    </message>
    <message>
        <source>{layer}: {skipped} features without geometry or &apos;{focal_id}&apos; skipped.</source>
        <translation>{layer}: геометргүй эсвэл «{focal_id}» утгагүй {skipped} объектыг алгаслаа.</translation>
    </message>
    <message>
        <source>Focal node '{node}' lies outside the raster: its pairs get −1.</source>
        <translation>«{node}» фокус зангилаа растрын гадна байна: түүний хосууд −1 авна.</translation>
    </message>
    <message>
        <source>Pinch points: {cells} cells in {parts} link × country parts.</source>
        <translation>Нарийн хэсэг: {parts} холбоос × улсын хэсэгт {cells} нүд.</translation>
    </message>
    <message>
        <source>{layer}: {unknown} links whose cores are not among the focal nodes skipped.</source>
        <translation>{layer}: цөм бүсүүд нь фокус зангилаануудын дунд байхгүй {unknown} холбоосыг алгаслаа.</translation>
    </message>
    <message>
        <source>Fewer than two focal nodes in &apos;{layer}&apos;: nothing to solve.</source>
        <translation>«{layer}»-д фокус зангилаа хоёроос цөөн: бодох зүйл алга.</translation>
    </message>
    <message>
        <source>Focal node '{ident}' lies only on nodata cells: its pairs get −1.</source>
        <translation>«{ident}» фокус зангилаа зөвхөн nodata нүдэн дээр байна: түүний хосууд −1 авна.</translation>
    </message>
    <message>
        <source>{skipped} pairs farther apart than {max_distance:g} m not solved.</source>
        <translation>Хоорондоо {max_distance:g} m-ээс хол {skipped} хосыг бодоогүй.</translation>
    </message>
    <message>
        <source>{nodes} focal nodes, {pairs} pairs; grid {rows} × {cols}, {graph} nodes.</source>
        <translation>{nodes} фокус зангилаа, {pairs} хос; тор {rows} × {cols}, {graph} зангилаа.</translation>
    </message>
    <message>
        <source>No CORRIDORS raster given: pinch points are computed inside corridors only.</source>
        <translation>CORRIDORS растр өгөөгүй: нарийн хэсгийг зөвхөн коридор дотор тооцно.</translation>
    </message>
    <message>
        <source>{count} pairs not connected (resistance −1): {names}.</source>
        <translation>Холбогдоогүй {count} хос (эсэргүүцэл −1): {names}.</translation>
    </message>
    <message>
        <source>{count} pairs of cores joined by a corridor.</source>
        <translation>Коридороор холбогдсон цөм бүсийн {count} хос.</translation>
    </message>
    <message>
        <source>No corridor joins '{a}' and '{b}': resistance −1.</source>
        <translation>«{a}» ба «{b}»-г холбох коридор алга: эсэргүүцэл −1.</translation>
    </message>
    <message>
        <source>Link {label}: the corridor cells beside its path do not join its cores; solved in all the corridor pieces joining them.</source>
        <translation>{label} холбоос: замынх нь дагуух коридорын нүднүүд цөм бүсүүдийг нь холбохгүй байна; тэдгээрийг холбох бүх коридорын хэсэгт бодлоо.</translation>
    </message>
    <message>
        <source>{layer}: distances and areas in {crs} (metres, equal-area).</source>
        <translation>{layer}: зай ба талбайг {crs}-д (метр, тэнцүү талбайт) тооцно.</translation>
    </message>
    <message>
        <source>{layer}: {count} features share a patch id with another and were merged into one node each.</source>
        <translation>{layer}: {count} объект бусад объекттой ижил хэсгийн дугаартай тул тус бүрийг нэг зангилаа болгон нэгтгэлээ.</translation>
    </message>
    <message>
        <source>{layer}: no patch with a measurable geometry; the outputs are empty.</source>
        <translation>{layer}: хэмжигдэх геометртэй хэсэг алга; үр дүн хоосон.</translation>
    </message>
    <message>
        <source>{layer}: a single patch; PC is its own a² / A_L², and there are no links.</source>
        <translation>{layer}: ганц хэсэг; PC нь түүний өөрийн a² / A_L², холбоос алга.</translation>
    </message>
    <message>
        <source>{pairs} pairs within reach for PC (p ≥ {p:g}, d ≤ {pc_reach:,.0f} m); {links} IIC links (d ≤ {iic_distance:,.0f} m).</source>
        <translation>PC-д хүрэх зайн доторх {pairs} хос (p ≥ {p:g}, d ≤ {pc_reach:,.0f} m); IIC-ийн {links} холбоос (d ≤ {iic_distance:,.0f} m).</translation>
    </message>
    <message>
        <source>No pair of patches within reach: every patch is isolated (PC = intra-patch only).</source>
        <translation>Хүрэх зайн дотор хэсгийн хос алга: хэсэг бүр тусгаарлагдсан (PC = зөвхөн хэсэг доторх).</translation>
    </message>
    <message>
        <source>{layer}: {count} features without geometry skipped.</source>
        <translation>{layer}: геометргүй {count} объектыг алгаслаа.</translation>
    </message>
    <message>
        <source>{layer}: {count} features without a &apos;{core_id}&apos; value skipped.</source>
        <translation>{layer}: «{core_id}» утгагүй {count} объектыг алгаслаа.</translation>
    </message>
    <message>
        <source>{layer}: {count} invalid geometries repaired (make_valid).</source>
        <translation>{layer}: буруу {count} геометрийг засварлалаа (make_valid).</translation>
    </message>
    <message>
        <source>Fewer than two cores in &apos;{layer}&apos;: no links.</source>
        <translation>«{layer}»-д цөм бүс хоёроос цөөн: холбоос алга.</translation>
    </message>
    <message>
        <source>No pair of cores lies within {max_distance:g} m: no links.</source>
        <translation>{max_distance:g} m-ийн дотор цөм бүсийн нэг ч хос алга: холбоос алга.</translation>
    </message>
    <message>
        <source>{cores} cores, {links} links; estimated memory {memory} (up to {whole} if a search must cover the whole raster).</source>
        <translation>{cores} цөм бүс, {links} холбоос; тооцоолсон санах ой {memory} (хайлт бүх растрыг хамрах шаардлагатай бол {whole} хүртэл).</translation>
    </message>
    <message>
        <source>Core '{core}': cheaper routes may leave its first window; searched again in {rows} × {cols} cells.</source>
        <translation>«{core}» цөм бүс: хямд зам эхний цонхноос нь гарч болзошгүй; {rows} × {cols} нүдэнд дахин хайлаа.</translation>
    </message>
    <message>
        <source>Link {a}-{b} dropped: its least-cost path runs through core &apos;{through}&apos; (DROP_THROUGH_CORES).</source>
        <translation>{a}-{b} холбоосыг хаслаа: хамгийн бага зардлын зам нь «{through}» цөм бүсээр дайрна (DROP_THROUGH_CORES).</translation>
    </message>
    <message>
        <source>Cores &apos;{a}&apos; and &apos;{b}&apos; are not connected through passable cells: the link has no least-cost path.</source>
        <translation>«{a}» ба «{b}» цөм бүсүүд нэвтрэх боломжтой нүдээр холбогдоогүй: холбоост хамгийн бага зардлын зам алга.</translation>
    </message>
    <message>
        <source>No protected areas given: the whole corridor area is reported as gaps.</source>
        <translation>Тусгай хамгаалалттай газар өгөөгүй: коридорын бүх талбайг хамгаалалтын цоорхой гэж тайлагнана.</translation>
    </message>
    <message>
        <source>Corridor gaps: {cells} cells, {parts} link × country parts.</source>
        <translation>Коридорын хамгаалалтын цоорхой: {cells} нүд, {parts} холбоос × улсын хэсэг.</translation>
    </message>
    <message>
        <source>{stations} stations and {detections} detections kept; {rejected} rows left out.</source>
        <translation>{stations} станц, {detections} бүртгэлийг үлдээлээ; {rejected} мөрийг хаслаа.</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: no &apos;cost&apos; or &apos;type&apos; field; every feature is taken as a {kind} (from the layer&apos;s name).</source>
        <translation>«{layer}» хувилбар: 'cost' ч, 'type' ч талбар алга; объект бүрийг {kind} гэж үзнэ (давхаргын нэрээс).</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: raster resampled onto the baseline grid (nearest neighbour).</source>
        <translation>«{layer}» хувилбар: растрыг суурь растрын торонд дахин түүвэрлэлээ (хамгийн ойрын хөрш).</translation>
    </message>
    <message>
        <source>Baseline &apos;{layer}&apos;.</source>
        <translation>Суурь хувилбар «{layer}».</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;.</source>
        <translation>«{layer}» хувилбар.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons: the outputs are empty.</source>
        <translation>«{layer}» давхаргад ашиглах боломжтой полигон алга: үр дүн хоосон.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons near the habitat: all habitat is gap.</source>
        <translation>«{layer}» давхаргад амьдрах орчны ойролцоо ашиглах боломжтой полигон алга: бүх амьдрах орчин хамгаалалтын цоорхой болно.</translation>
    </message>
    <message>
        <source>No habitat lies inside any protected area: OUTPUT is empty, all habitat is gap.</source>
        <translation>Ямар ч тусгай хамгаалалттай газар дотор амьдрах орчин алга: OUTPUT хоосон, бүх амьдрах орчин хамгаалалтын цоорхой болно.</translation>
    </message>
    <message>
        <source>{layer}: no id field (WDPAID, SITE_ID…); pa_ids are feature numbers from 1.</source>
        <translation>{layer}: дугаарын талбар (WDPAID, SITE_ID…) алга; pa_id нь 1-ээс эхэлсэн объектын дугаар байна.</translation>
    </message>
    <message>
        <source>{layer}: country codes from field &apos;{used}&apos;.</source>
        <translation>{layer}: улсын кодыг «{used}» талбараас авлаа.</translation>
    </message>
    <message>
        <source>{layer}: {count} protected areas far from the habitat left out.</source>
        <translation>{layer}: амьдрах орчноос хол орших {count} тусгай хамгаалалттай газрыг хаслаа.</translation>
    </message>
    <message>
        <source>Analysis CRS (equal-area, metres): {crs}</source>
        <translation>Шинжилгээний координатын систем (тэнцүү талбайт, метр): {crs}</translation>
    </message>
    <message>
        <source>{name}: reprojected from {crs} to the analysis CRS.</source>
        <translation>{name}: {crs}-ээс шинжилгээний координатын систем рүү дахин проекцлолоо.</translation>
    </message>
    <message>
        <source>No polygon of &apos;{layer}&apos; overlaps the habitat: country is left empty.</source>
        <translation>«{layer}»-ийн нэг ч полигон амьдрах орчинтой давхцахгүй: улсыг хоосон үлдээлээ.</translation>
    </message>
    <message>
        <source>Habitat split by country: {features} features → {units} habitat × country units.</source>
        <translation>Амьдрах орчныг улсаар хуваав: {features} объект → амьдрах орчин × улсын {units} нэгж.</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; is in an equal-area CRS ({crs}): cells counted as they are.</source>
        <translation>«{name}» амьдрах орчны растр тэнцүү талбайт координатын системд ({crs}) байна: нүдийг байгаагаар нь тоолно.</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; warped (nearest neighbour) to the equal-area grid, cell {cell:.1f} m.</source>
        <translation>«{name}» амьдрах орчны растрыг тэнцүү талбайт тор руу хувиргалаа (хамгийн ойрын хөрш), нүд {cell:.1f} m.</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no habitat cells: the summary is empty.</source>
        <translation>«{name}» растрт амьдрах орчны нүд алга: хураангуй хоосон.</translation>
    </message>
    <message>
        <source>{layer}: left out {proposed} &apos;Proposed&apos; and {not_reported} &apos;Not Reported&apos; sites and {mab} UNESCO-MAB Biosphere Reserves.</source>
        <translation>{layer}: 'Proposed' {proposed}, 'Not Reported' {not_reported} газар болон UNESCO-MAB-ийн {mab} шим мандлын нөөц газрыг хаслаа.</translation>
    </message>
    <message>
        <source>Areas and distances in {crs} (metres, equal-area).</source>
        <translation>Талбай ба зайг {crs}-д (метр, тэнцүү талбайт) тооцно.</translation>
    </message>
    <message>
        <source>{layer}: {count} piece(s) outside every country polygon (sea, or beyond the countries layer) left out.</source>
        <translation>{layer}: ямар ч улсын полигонд хамаарахгүй (далай, эсвэл улсын давхаргаас гадна) {count} хэсгийг хаслаа.</translation>
    </message>
    <message>
        <source>{count} protected part(s) smaller than MIN_AREA_HA = {min_area_ha:g} ha dropped.</source>
        <translation>MIN_AREA_HA = {min_area_ha:g} ha-аас бага {count} хамгаалалттай хэсгийг хаслаа.</translation>
    </message>
    <message>
        <source>{layer}: no protected area inside any country; the outputs are empty.</source>
        <translation>{layer}: ямар ч улсын дотор тусгай хамгаалалттай газар алга; үр дүн хоосон.</translation>
    </message>
    <message>
        <source>{code}: no protected area (after the filters and MIN_AREA_HA); Prot = 0, RelConn and the fractions are empty.</source>
        <translation>{code}: тусгай хамгаалалттай газар алга (шүүлтүүр болон MIN_AREA_HA-ийн дараа); Prot = 0, RelConn болон хувь хэмжээнүүд хоосон.</translation>
    </message>
    <message>
        <source>{code}: {nodes} node(s), {foreign} foreign stepping stone(s), {pairs} pair(s) within reach; ProtConn {protconn:.3f} % of {land:,.0f} ha.</source>
        <translation>{code}: {nodes} зангилаа, гадаадын {foreign} дамжлага газар, хүрэх зайн доторх {pairs} хос; ProtConn нь {land:,.0f} ha-ийн {protconn:.3f} %.</translation>
    </message>
    <message>
        <source>Country polygons overlap inside candidate {candidate}: the overlap was given to one country only (check COUNTRIES).</source>
        <translation>{candidate} нэр дэвшигч дотор улсын полигонууд давхцаж байна: давхцлыг зөвхөн нэг улсад оноолоо (COUNTRIES-ийг шалгана уу).</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie more than {km:g} km from every country polygon and were left out (check that COUNTRIES covers the wetlands).</source>
        <translation>Нэр дэвшигчдийн {area:,.1f} ha нь бүх улсын полигоноос {km:g} km-ээс хол байгаа тул хаслаа (COUNTRIES ус намгархаг газруудыг хамарч буйг шалгана уу).</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie outside every country polygon (sea or gaps in COUNTRIES) and were given to the nearest country.</source>
        <translation>Нэр дэвшигчдийн {area:,.1f} ha нь ямар ч улсын полигонд хамаарахгүй (далай эсвэл COUNTRIES-ийн завсар) тул хамгийн ойрын улсад оноолоо.</translation>
    </message>
    <message>
        <source>{count} border slivers ({area:,.2f} ha in all) merged into the neighbouring component.</source>
        <translation>Хилийн {count} нарийн хэсгийг (нийт {area:,.2f} ha) хөрш бүрэлдэхүүн хэсэгт нэгтгэлээ.</translation>
    </message>
    <message>
        <source>Rejected {row}</source>
        <translation>Татгалзсан: {row}</translation>
    </message>
    <message>
        <source>{complexes} candidate complexes, {components} national components (areas in a Lambert azimuthal equal-area CRS centred on {centre}).</source>
        <translation>{complexes} нэр дэвшигч цогцолбор, {components} үндэсний бүрэлдэхүүн хэсэг ({centre} төвтэй Ламбертын тэнцүү талбайт азимутын координатын систем дэх талбай).</translation>
    </message>
    <message>
        <source>RAMSAR: {ramsar} of {count} features are Ramsar sites ({desig}).</source>
        <translation>RAMSAR: {count} объектын {ramsar} нь Рамсарын газар ({desig}).</translation>
    </message>
    <message>
        <source>{count} country polygons without a code in &apos;{field}&apos; were ignored.</source>
        <translation>«{field}»-д кодгүй {count} улсын полигоныг үл тооцлоо.</translation>
    </message>
    <message>
        <source>Closing by {closing:,.0f} m added {area:,.1f} ha across narrow gaps.</source>
        <translation>{closing:,.0f} m-ээр битүүлснээр нарийн завсраар {area:,.1f} ha нэмэгдлээ.</translation>
    </message>
    <message>
        <source>{count} barrier line(s) costed from their type with the {profile} barrier table (expert defaults).</source>
        <translation>{count} саадын шугамын зардлыг төрлөөр нь {profile} саадын хүснэгтээр тогтоолоо (шинжээчийн анхдагч утга).</translation>
    </message>
    <message>
        <source>{count} barrier line(s) without a cost or a known type got the default cost {cost:g}.</source>
        <translation>Зардал эсвэл мэдэгдэх төрөлгүй {count} саадын шугамд анхдагч зардал {cost:g} оноолоо.</translation>
    </message>
    <message>
        <source>{count} barrier line(s) have no cost and no type: treated as barriers of {cost:g} (expert default; set BARRIER_COST to change).</source>
        <translation>{count} саадын шугамд зардал ч, төрөл ч алга: {cost:g} зардалтай саад гэж үзлээ (шинжээчийн анхдагч утга; өөрчлөхийн тулд BARRIER_COST тохируулна уу).</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {bands} bands; band 1 is used as land cover.</source>
        <translation>«{layer}» {bands} сувагтай; 1-р сувгийг газрын бүрхэвч болгон ашиглана.</translation>
    </message>
    <message>
        <source>{skipped} barrier feature(s) with empty geometry skipped.</source>
        <translation>Хоосон геометртэй {skipped} саадын объектыг алгаслаа.</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; has no terrain rule: the DEM is not used.</source>
        <translation>«{profile}» профильд газрын гадаргын дүрэм алга: DEM-ийг ашиглахгүй.</translation>
    </message>
    <message>
        <source>DEM &apos;{layer}&apos; is on another grid: resampled bilinearly onto the land-cover grid.</source>
        <translation>«{layer}» DEM өөр торонд байна: газрын бүрхэвчийн торонд билинеар аргаар дахин түүвэрлэлээ.</translation>
    </message>
    <message>
        <source>Snow leopard ruggedness: TRI 90th percentile = {p90:.1f} m.</source>
        <translation>Цоохор ирвэсийн хэрчигдэл: TRI-ийн 90-р перцентиль = {p90:.1f} m.</translation>
    </message>
    <message>
        <source>Classes missing from the table treated as impassable: {listing}.</source>
        <translation>Хүснэгтэд байхгүй, нэвтрэх боломжгүй гэж үзсэн ангиллууд: {listing}.</translation>
    </message>
    <message>
        <source>{count} cell(s) have no DEM value: no terrain term there.</source>
        <translation>{count} нүдэнд DEM утга алга: тэнд газрын гадаргын гишүүн тооцохгүй.</translation>
    </message>
    <message>
        <source>{count} cell(s) carry a barrier (width {width:g} m).</source>
        <translation>{count} нүдэнд саад байна (өргөн {width:g} m).</translation>
    </message>
    <message>
        <source>{layer}: {count} features</source>
        <translation>{layer}: {count} объект</translation>
    </message>
    <message>
        <source>{count} invalid geometries repaired (make_valid)</source>
        <translation>{count} буруу геометрийг засварласан (make_valid)</translation>
    </message>
    <message>
        <source>{count} null or empty skipped</source>
        <translation>{count} хоосон эсвэл NULL геометрийг алгассан</translation>
    </message>
    <message>
        <source>{count} zero-area slivers skipped</source>
        <translation>{count} тэг талбайтай зурвасыг алгассан</translation>
    </message>
    <message>
        <source>{count} non-polygon geometries skipped</source>
        <translation>{count} полигон биш геометрийг алгассан</translation>
    </message>
    <message>
        <source>{layer}: recognised the {schema} schema.</source>
        <translation>{layer}: {schema} схемийг таньсан.</translation>
    </message>
    <message>
        <source>{layer}: {count} sites with STATUS &apos;Proposed&apos; left out.</source>
        <translation>{layer}: STATUS нь «Proposed» бүхий {count} газрыг хассан.</translation>
    </message>
    <message>
        <source>{layer}: {count} points drawn as circles of their reported area (REP_AREA) — APPROXIMATE shapes, not boundaries.</source>
        <translation>{layer}: {count} цэгийг мэдээлсэн талбайнх нь (REP_AREA) тойрог болгон зурсан — ОЙРОЛЦОО хэлбэр, хил хязгаар биш.</translation>
    </message>
    <message>
        <source>{layer}: {count} points without a reported area skipped.</source>
        <translation>{layer}: мэдээлсэн талбайгүй {count} цэгийг алгассан.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>NEASPEC Planner language</source>
        <translation>NEASPEC Planner-ийн хэл</translation>
    </message>
    <message>
        <source>Interface language of NEASPEC Planner (maps and reports have their own LANGUAGE parameter). The change applies after restarting QGIS or reloading the plugin.</source>
        <translation>NEASPEC Planner-ийн интерфейсийн хэл (газрын зураг, тайлан нь өөрийн LANGUAGE параметртэй). Өөрчлөлт QGIS-ийг дахин эхлүүлсний эсвэл плагиныг дахин ачаалсны дараа хүчинтэй болно.</translation>
    </message>
    <message>
        <source>'Follow QGIS' uses the language set in QGIS Settings ▸ Options ▸ General</source>
        <translation>«QGIS-ийн дагуу» гэвэл QGIS-ийн Тохиргоо ▸ Сонголтууд ▸ Ерөнхий (Settings ▸ Options ▸ General) хэсэгт тохируулсан хэлийг ашиглана</translation>
    </message>
    <message>
        <source>Follow QGIS</source>
        <translation>QGIS-ийн дагуу</translation>
    </message>
</context>
<context>
    <name>LanguageMixin</name>
    <message>
        <source>Language of the map/report texts</source>
        <translation>Газрын зураг, тайлангийн бичвэрийн хэл</translation>
    </message>
</context>
<context>
    <name>MonitoringGridAlgorithm</name>
    <message>
        <source>Joint monitoring grid (camera traps, shared individuals)</source>
        <translation>Хамтын мониторингийн тор (камер урхи, хамтын бодгаль)</translation>
    </message>
    <message>
        <source>Puts every country's camera-trap stations and detections on ONE common grid, so that grids built by each side line up cell for cell, and counts effort, detections, naive occupancy, unsurveyed habitat and the individuals detected on both sides of a border.

The grid: square cells of CELL_SIZE metres (default 10,000) in one fixed Lambert azimuthal equal-area CRS (centred at 45° N 120° E, false easting and northing 13,000 km), aligned to its origin (0, 0). cell_id is the cell's place on that lattice (10kmE1302N1405 = the 1302nd cell east and the 1405th north), so the same cell has the same id and square in every run, whatever the extent: each country's tables join on it. Cells are half-open: a station exactly on a cell edge belongs to the cell east of a vertical edge and north of a horizontal one.

COUNTRIES: country polygons with an ISO3 code (found by itself, or COUNTRY_FIELD). STATIONS: points with 'station' (id), optional 'country' (ISO3; else the country the point lies in), 'start' and 'end' dates and/or 'effort_days'. Effort is effort_days, else end − start in days (camera-trap nights); several rows of one station at one place are deployments and add up. DETECTIONS: a table (CSV, spreadsheet) or points with 'station', 'date', 'species' and optional 'individual' (the ID from stripes or spots); points without a station are placed where they are. HABITAT (optional): habitat polygons, or a class raster (HABITAT_CLASSES: the habitat class values, e.g. 10,20; default every value except 0 and nodata). EXTENT (optional; default: the stations, detection points and habitat).

Bad rows are left out and listed in the log with their line numbers (header = line 1; features are numbered from 1): unknown station, unreadable or future date, end before start, negative effort, duplicate detections (same station, species, individual and date), a station id at two places. Stations outside every country polygon are listed too.

GRID: cell_id, countries (ISO3 list of the cell, e.g. CHN,RUS), habitat_ha, stations, effort_days (station-days), det_&lt;species&gt; (detections) and occ_&lt;species&gt; (1 = detected) per species, detected (number of species detected) and gap (1 = habitat and no station: a monitoring gap, hatched). Styles: effort, and occupancy (Layer Properties ▸ Styles). SUMMARY per country × species: cells_habitat (cells with habitat in that country's part), cells_surveyed (cells with its stations), cells_detected, naive_occupancy (= cells_detected / cells_surveyed), effort_days, individuals, shared_individuals (also detected in another country), habitat_gap_cells (its habitat cells with no station of any country). SHARED: each transboundary individual with its species, countries and first and last dates.</source>
        <translation>Улс бүрийн камер урхины станц, бүртгэлийг НЭГ хамтын торонд оруулж, тал бүрийн байгуулсан тор нүд нүдээрээ давхцах боломжтой болгоод, хүчин чармайлт, бүртгэл, энгийн эзэмшил, судлагдаагүй амьдрах орчин болон хилийн хоёр талд бүртгэгдсэн бодгалийг тоолно.

Тор: нэг тогтмол Ламбертын азимутын тэнцүү талбайт КС-д (төв 45° N 120° E, зүүн ба хойд хуурамч шилжилт 13,000 км) CELL_SIZE метрийн дөрвөлжин нүд (анхдагч 10,000), түүний эх цэгт (0, 0) тохируулсан. cell_id нь тэр торон дээрх нүдний байрлал (10kmE1302N1405 = зүүн тийш 1302 дахь, хойш 1405 дахь нүд), тиймээс хамрах хүрээнээс үл хамааран нэг нүд ажиллуулалт бүрд ижил дугаар, ижил дөрвөлжинтэй: улс бүрийн хүснэгтийг үүгээр холбоно. Нүд хагас нээлттэй: нүдний хил дээр яг байгаа станц босоо хилийн зүүн, хэвтээ хилийн хойд нүдэнд хамаарна.

COUNTRIES: ISO3 кодтой улсын полигон (өөрөө олно, эсвэл COUNTRY_FIELD). STATIONS: 'station' (дугаар), сонголтот 'country' (ISO3; үгүй бол цэгийн байгаа улс), 'start' ба 'end' огноо ба/эсвэл 'effort_days' бүхий цэг. Хүчин чармайлт нь effort_days, үгүй бол end − start хоног (камер урхины шөнө); нэг станцын нэг газрын хэд хэдэн мөр нь байршуулалтууд бөгөөд нэмэгдэнэ. DETECTIONS: 'station', 'date', 'species', сонголтот 'individual' (судал, толбоор тодорхойлсон бодгалийн дугаар) бүхий хүснэгт (CSV, хүснэгт файл) эсвэл цэг; станцгүй цэгийг байгаа газарт нь байрлуулна. HABITAT (сонголтот): амьдрах орчны полигон, эсвэл ангиллын растр (HABITAT_CLASSES: амьдрах орчны ангиллын утгууд, ж. нь 10,20; анхдагч 0 ба nodata-аас бусад бүх утга). EXTENT (сонголтот; анхдагч: станц, бүртгэлийн цэг, амьдрах орчин).

Алдаатай мөрийг хасаж, мөрийн дугаартай нь бүртгэлд жагсаана (толгой = 1-р мөр; объектыг 1-ээс дугаарлана): үл мэдэгдэх станц, уншигдахгүй эсвэл ирээдүйн огноо, эхлэхээс өмнө дуусах, сөрөг хүчин чармайлт, давхардсан бүртгэл (ижил станц, зүйл, бодгаль, огноо), хоёр газар байгаа нэг станцын дугаар. Ямар ч улсын полигонд ороогүй станцыг мөн жагсаана.

GRID: cell_id, countries (нүдний ISO3 жагсаалт, ж. нь CHN,RUS), habitat_ha, stations, effort_days (станц-хоног), зүйл бүрийн det_&lt;species&gt; (бүртгэл) ба occ_&lt;species&gt; (1 = бүртгэгдсэн), detected (бүртгэгдсэн зүйлийн тоо) ба gap (1 = амьдрах орчинтой, станцгүй: мониторингийн цоорхой, зураасаар). Загвар: хүчин чармайлт ба эзэмшил (Давхаргын шинж ▸ Загварууд). SUMMARY улс × зүйлээр: cells_habitat (тухайн улсын хэсэгт амьдрах орчинтой нүд), cells_surveyed (түүний станцтай нүд), cells_detected, naive_occupancy (= cells_detected / cells_surveyed), effort_days, individuals, shared_individuals (өөр улсад бас бүртгэгдсэн), habitat_gap_cells (ямар ч улсын станцгүй түүний амьдрах орчны нүд). SHARED: хил дамнасан бодгаль бүр, зүйл, улсууд, анхны ба сүүлчийн огноотой.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Улсууд</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Улсын кодын талбар (анхдагч: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Camera-trap stations (points)</source>
        <translation>Камер урхины станцууд (цэг)</translation>
    </message>
    <message>
        <source>Detections (table or points)</source>
        <translation>Бүртгэлүүд (хүснэгт эсвэл цэг)</translation>
    </message>
    <message>
        <source>Habitat (polygons or class raster)</source>
        <translation>Амьдрах орчин (полигон эсвэл ангиллын растр)</translation>
    </message>
    <message>
        <source>Cell size (m)</source>
        <translation>Нүдний хэмжээ (м)</translation>
    </message>
    <message>
        <source>Side of the square cells in metres. Every country must use the same size for their grids to match.</source>
        <translation>Дөрвөлжин нүдний тал метрээр. Торууд давхцахын тулд бүх улс ижил хэмжээ ашиглах ёстой.</translation>
    </message>
    <message>
        <source>Extent (default: the data)</source>
        <translation>Хамрах хүрээ (анхдагч: өгөгдөл)</translation>
    </message>
    <message>
        <source>Habitat class values of the raster (comma-separated)</source>
        <translation>Растр дахь амьдрах орчны ангиллын утгууд (таслалаар)</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>Мониторингийн тор</translation>
    </message>
    <message>
        <source>Monitoring summary by country and species</source>
        <translation>Улс ба зүйлээр мониторингийн нэгтгэл</translation>
    </message>
    <message>
        <source>Shared (transboundary) individuals</source>
        <translation>Хамтын (хил дамнасан) бодгалиуд</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>Давхаргуудыг уншиж байна…</translation>
    </message>
    <message>
        <source>Habitat class values must be numbers separated by commas (got &apos;{}&apos;).</source>
        <translation>Амьдрах орчны ангиллын утгууд таслалаар тусгаарласан тоо байх ёстой («{}» өгсөн).</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>Цуцлагдлаа: үр дүн бичигдээгүй.</translation>
    </message>
    <message>
        <source>Writing the outputs ({} cells)…</source>
        <translation>Үр дүнг бичиж байна ({} нүд)…</translation>
    </message>
    <message>
        <source>{} cells, {} surveyed, {} monitoring gap cells; {} shared individuals; {} rows left out.</source>
        <translation>{} нүд, судалсан {}, мониторингийн цоорхой нүд {}; хамтын бодгаль {}; хассан мөр {}.</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>хүчин чармайлт</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>эзэмшил</translation>
    </message>
</context>
<context>
    <name>NeaspecAlgorithm</name>
    <message>
        <source>Input layers</source>
        <translation>Оролтын давхаргууд</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Шинжилгээ</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>Экологийн коридор</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>Рамсарын газар</translation>
    </message>
    <message>
        <source>Maps and reports</source>
        <translation>Газрын зураг ба тайлан</translation>
    </message>
    <message>
        <source>Missing Python packages: {}. Install them from the plugin's menu (NEASPEC Planner ▸ Install dependencies) or by hand:
{}</source>
        <translation>Python багц дутуу байна: {}. Тэдгээрийг плагины цэснээс (NEASPEC Planner ▸ Шаардлагатай багцуудыг суулгах) эсвэл гараар суулгана уу:
{}</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>Цуцлагдлаа: үр дүн бичигдээгүй.</translation>
    </message>
    <message>
        <source>Not enough memory for this run. Use a smaller extent or a coarser raster.</source>
        <translation>Энэ тооцоонд санах ой хүрэлцэхгүй байна. Хамрах хүрээг багасгах эсвэл илүү том нүдтэй растр ашиглана уу.</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>«{}» давхаргад координатын систем тодорхойлогдоогүй байна. Давхаргын шинж чанар ▸ Эх сурвалж (Layer Properties ▸ Source) хэсэгт тохируулаад дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>«{}» растр нь GDAL унших боломжтой файл биш байна; эхлээд GeoTIFF хэлбэрээр хадгална уу.</translation>
    </message>
    <message>
        <source>Output {} must be a file (GeoPackage, shapefile, GeoTIFF…), not a database table.</source>
        <translation>{} үр дүн нь өгөгдлийн сангийн хүснэгт биш, файл (GeoPackage, shape файл, GeoTIFF…) байх ёстой.</translation>
    </message>
    <message>
        <source>{}: {} site(s) with STATUS &apos;Proposed&apos; left out (not protected yet); tick &apos;Include proposed protected areas&apos; to count them.</source>
        <translation>{}: STATUS нь 'Proposed' (хараахан хамгаалалтад аваагүй) газрыг тооцоонд оруулсангүй: {}; тэдгээрийг тоолохын тулд «Санал болгосон тусгай хамгаалалттай газрыг оруулах» сонголтыг тэмдэглэнэ үү.</translation>
    </message>
    <message>
        <source>{}: IUCN range layer; kept {} of {} polygons (presence extant/probably extant, origin native/reintroduced, seasonal resident/breeding/non-breeding).</source>
        <translation>{}: IUCN-ийн тархацын давхарга; {} полигоныг үлдээв, нийт {} байсан (оршин байгаа эсвэл оршин байж болзошгүй; уугуул эсвэл дахин нутагшуулсан; байнгын, үржлийн эсвэл үржлийн бус тархац).</translation>
    </message>
    <message>
        <source>{}: {} point sites drawn as circles of their reported area (approximate shapes); {} without a positive REP_AREA skipped.</source>
        <translation>{}: мэдээлсэн талбайн хэмжээтэй тойрог (ойролцоо хэлбэр) болгон зурсан цэгэн газар: {}; REP_AREA эерэг утгагүй тул алгассан: {}.</translation>
    </message>
</context>
<context>
    <name>NeaspecPlannerPlugin</name>
    <message>
        <source>NEASPEC Planner panel</source>
        <translation>NEASPEC Planner самбар</translation>
    </message>
    <message>
        <source>Show or hide the NEASPEC Planner panel: layers, overlaps, corridors, Ramsar candidates and exports</source>
        <translation>NEASPEC Planner самбарыг харуулах эсвэл нуух: давхарга, давхцал, экологийн коридор, Рамсарын нэр дэвшигч газар, экспорт</translation>
    </message>
    <message>
        <source>Install dependencies…</source>
        <translation>Шаардлагатай багцуудыг суулгах…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Хэл…</translation>
    </message>
    <message>
        <source>Choose the interface language of NEASPEC Planner</source>
        <translation>NEASPEC Planner-ийн интерфейсийн хэлийг сонгох</translation>
    </message>
    <message>
        <source>Missing Python packages: {}</source>
        <translation>Python багц дутуу байна: {}</translation>
    </message>
    <message>
        <source>All dependencies are installed.</source>
        <translation>Шаардлагатай бүх багц суусан байна.</translation>
    </message>
    <message>
        <source>NEASPEC Planner needs these Python packages: {}.

Install them now into {}? (needs a compiler and GEOS headers on Linux)</source>
        <translation>NEASPEC Planner-т дараах Python багцууд хэрэгтэй: {}.

Тэдгээрийг одоо суулгах уу? Суулгах байршил: {} (Linux дээр хөрвүүлэгч ба GEOS-ийн толгой файлууд шаардлагатай)</translation>
    </message>
    <message>
        <source>Install now</source>
        <translation>Одоо суулгах</translation>
    </message>
    <message>
        <source>Installation failed: {}

Install by hand:
{}</source>
        <translation>Суулгаж чадсангүй: {}

Гараар суулгах:
{}</translation>
    </message>
    <message>
        <source>Dependencies installed in {}</source>
        <translation>Шаардлагатай багцуудыг суулгасан байршил: {}</translation>
    </message>
</context>
<context>
    <name>OverlapAlgorithm</name>
    <message>
        <source>Habitat protection and gaps by country</source>
        <translation>Амьдрах орчны хамгаалалт ба цоорхой, улсаар</translation>
    </message>
    <message>
        <source>Habitat polygons</source>
        <translation>Амьдрах орчны полигон</translation>
    </message>
    <message>
        <source>Habitat class field</source>
        <translation>Амьдрах орчны ангиллын талбар</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>Тусгай хамгаалалттай газар</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Улсууд</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Улсын кодын талбар (анхдагч: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Protected-area id field (default: WDPAID / SITE_ID)</source>
        <translation>Тусгай хамгаалалттай газрын дугаарын талбар (анхдагч: WDPAID / SITE_ID)</translation>
    </message>
    <message>
        <source>Breakdown of the protected area</source>
        <translation>Хамгаалалттай талбайн задаргаа</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Байхгүй</translation>
    </message>
    <message>
        <source>IUCN category (strictest counts)</source>
        <translation>IUCN-ийн ангилал (хамгийн хатуу нь тооцогдоно)</translation>
    </message>
    <message>
        <source>Designation type (national first)</source>
        <translation>Статусын төрөл (эхлээд үндэсний)</translation>
    </message>
    <message>
        <source>Habitat raster (instead of habitat polygons)</source>
        <translation>Амьдрах орчны растр (амьдрах орчны полигоны оронд)</translation>
    </message>
    <message>
        <source>Suitability threshold for the habitat raster (cells ≥ it)</source>
        <translation>Амьдрах орчны растрын тохиромжтой байдлын босго (утга нь ≥ босго бүхий нүд)</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>Хамгаалагдсан амьдрах орчин</translation>
    </message>
    <message>
        <source>Protection gaps</source>
        <translation>Хамгаалалтын цоорхой</translation>
    </message>
    <message>
        <source>Summary by habitat and country</source>
        <translation>Амьдрах орчин ба улсын хураангуй</translation>
    </message>
    <message>
        <source>Give habitat polygons (HABITAT) or a habitat raster (HABITAT_RASTER).</source>
        <translation>Амьдрах орчны полигон (HABITAT) эсвэл амьдрах орчны растр (HABITAT_RASTER) өгнө үү.</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>Давхаргуудыг уншиж байна…</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>Цуцлагдлаа: үр дүн бичигдээгүй.</translation>
    </message>
    <message>
        <source>Protected: {:,.1f} ha of {:,.1f} ha of habitat ({:.1f} %).</source>
        <translation>Хамгаалагдсан талбай: {:,.1f} ha / амьдрах орчны нийт талбай: {:,.1f} ha ({:.1f} %).</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>WDPA-ийн цэгүүдийг мэдээлсэн талбайтай нь тэнцүү тойрог хэлбэрээр зурах (REP_AREA; ойролцоо)</translation>
    </message>
    <message>
        <source>Writing the outputs ({} summary rows)…</source>
        <translation>Үр дүнг бичиж байна (хураангуйн мөр: {})…</translation>
    </message>
    <message>
        <source>How much of each habitat is protected, in which country, and where the unprotected parts are.

HABITAT: habitat polygons (species range, wetland type…), with an optional class field (HABITAT_FIELD; without it the layer name is the class). PROTECTED: protected-area polygons (e.g. WDPA); overlapping or nested areas are merged locally first, so no hectare is counted twice. A WDPA point file is refused unless BUFFER_POINTS draws each point as a circle of its reported area (REP_AREA, approximate). COUNTRIES (optional): country polygons with an ISO3 code (ISO3, ISO_A3, ADM0_A3 or GID_0 is found by itself; Natural Earth's -99 codes are replaced by ADM0_A3); habitat across a border is split.

All areas are hectares, measured in a Lambert azimuthal equal-area projection centred on the data (inputs in other CRSs, also EPSG:4326, are reprojected). Invalid polygons are repaired, empty ones skipped; the log says how many.

OUTPUT: habitat inside protection (habitat, country, pa_ids = ids of the protected areas covering all or part of the piece, area_ha). GAPS: habitat outside every protected area (habitat, country, area_ha); skip it to save time, the summary stays complete. SUMMARY: a table per habitat and country: habitat_ha, protected_ha, protected_pct (%), gap_ha.

BREAKDOWN (optional): by IUCN category or designation type; a piece covered by several categories counts once, for the strictest (Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; other; National &gt; Regional &gt; International &gt; other), in an added 'category' field and one '…_ha' column per category.

HABITAT_RASTER (optional, instead of HABITAT): a class raster, or a suitability raster with RASTER_THRESHOLD (cells at or above it are habitat). Cells are counted in an equal-area grid; SUMMARY gets hectares per class and country, OUTPUT and GAPS stay empty.</source>
        <translation>Амьдрах орчин бүрийн хэдий хэсэг аль улсад хамгаалагдсан, хамгаалалтгүй хэсгүүд нь хаана байгааг тооцно.

HABITAT: амьдрах орчны полигонууд (зүйлийн тархац, ус намгархаг газрын төрөл…), заавал биш ангиллын талбартай (HABITAT_FIELD; талбаргүй бол давхаргын нэр нь ангилал болно). PROTECTED: тусгай хамгаалалттай газрын полигонууд (жишээ нь WDPA); давхцсан эсвэл бие биедээ багтсан газруудыг эхлээд тухайн байршилд нь нэгтгэдэг тул нэг ч гектарыг давхар тоолохгүй. WDPA-ийн цэгэн файлыг хүлээн авахгүй, харин BUFFER_POINTS нь цэг бүрийг мэдээлсэн талбайтай нь тэнцүү тойрог (REP_AREA, ойролцоо) болгон зурвал хүлээн авна. COUNTRIES (заавал биш): ISO3 кодтой улсын полигонууд (ISO3, ISO_A3, ADM0_A3 эсвэл GID_0 талбарыг автоматаар олно; Natural Earth-ийн -99 кодыг ADM0_A3-ын утгаар орлуулна); хил дамнасан амьдрах орчныг хилээр нь хуваана.

Бүх талбайг гектараар, өгөгдлийн төвд төвлөрсөн Ламбертын азимутын тэнцүү талбайт проекцод хэмжинэ (бусад координатын систем, түүний дотор EPSG:4326 дахь өгөгдлийг дахин проекцлоно). Алдаатай полигоныг засна, хоосныг алгасна; тэдгээрийн тоог бүртгэлд тэмдэглэнэ.

OUTPUT: хамгаалалтад байгаа амьдрах орчин (habitat, country, pa_ids — тухайн хэсгийг бүхэлд нь эсвэл хэсэгчлэн хамарсан тусгай хамгаалалттай газруудын дугаар, area_ha). GAPS: ямар ч тусгай хамгаалалттай газраас гадуурх амьдрах орчин (habitat, country, area_ha); цаг хэмнэхийн тулд үүнийг алгасаж болно, хураангуй бүрэн хэвээр үлдэнэ. SUMMARY: амьдрах орчин ба улс тус бүрийн хүснэгт: habitat_ha, protected_ha, protected_pct (%), gap_ha.

BREAKDOWN (заавал биш): Байгаль хамгаалах олон улсын холбооны (IUCN) ангилал эсвэл статусын төрлөөр; хэд хэдэн ангилалд хамрагдсан хэсгийг хамгийн хатуу ангиллаар нь нэг удаа тоолно (Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; бусад; National &gt; Regional &gt; International &gt; бусад, өөрөөр хэлбэл үндэсний &gt; бүс нутгийн &gt; олон улсын), нэмэлт 'category' талбарт болон ангилал тус бүрийн '…_ha' баганад.

HABITAT_RASTER (заавал биш, HABITAT-ын оронд): ангиллын растр, эсвэл RASTER_THRESHOLD босготой тохиромжтой байдлын растр (босготой тэнцүү буюу түүнээс их утгатай нүд амьдрах орчин болно). Нүдийг тэнцүү талбайт торонд тоолно; SUMMARY-д ангилал ба улс тус бүрийн гектар гарна, OUTPUT ба GAPS хоосон үлдэнэ.</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>Санал болгосон тусгай хамгаалалттай газрыг оруулах (WDPA STATUS 'Proposed')</translation>
    </message>
    <message>
        <source>IUCN/BirdLife range habitat: keep extant native resident, breeding and non-breeding range only</source>
        <translation>IUCN/BirdLife-ийн тархацыг амьдрах орчин болгох: зөвхөн одоо оршин буй уугуул, байнгын, үржлийн болон үржлийн бус тархацыг үлдээх</translation>
    </message>
</context>
<context>
    <name>PinchpointsAlgorithm</name>
    <message>
        <source>Pinch points and effective resistance (circuit theory)</source>
        <translation>Нарийн хэсэг ба үр дүнтэй эсэргүүцэл (хэлхээний онол)</translation>
    </message>
    <message>
        <source>Circuit theory between focal nodes, as Circuitscape's raster pairwise mode and Linkage Mapper's Pinchpoint Mapper compute it: where current concentrates, a corridor is narrow — a new road, fence or field there would cut the link, and a crossing or restoration there pays off most.

RESISTANCE: a resistance raster (RESISTANCE_IS = resistance, values &gt; 0) or a conductance raster (values ≥ 0, 0 = no node); nodata cells are no node. As in Circuitscape, resistances are per cell: the cell size is not used. FOCAL: polygons or points; all cells under the features of one FOCAL_ID form one focal node (short-circuited). CONNECTIONS: 4 or 8 neighbours (diagonal conductances ÷ √2). AVERAGE: an edge's conductance from the mean of the two cells' resistances (default) or of their conductances.

Without CORRIDORS every pair of focal nodes (or those at most MAX_DISTANCE m apart, edge to edge) is solved over the whole raster. With CORRIDORS (the corridor raster of the least-cost corridor tool) each link is solved inside the corridor cells that join its two cores; the links are those of LINKS (the corridor tool's links) or else every pair of cores joined by a corridor.

RESISTANCES: from_id, to_id, resistance (effective resistance in the raster's resistance units; −1 when the two are not connected). CURRENT: the current summed over all solved pairs (1 A per pair), nodata where there is no node. PINCHES (with CORRIDORS): the corridor cells, cores left out, at or above PINCH_PERCENTILE of the link's own current, one polygon per link and country (COUNTRIES), with area_ha (equal-area) and max_current (A).

The solver factorises each circuit once (Cholesky-like sparse factor) and reuses it for all pairs of single-cell focal nodes; every solution is checked (backward error and dissipated power) and a circuit that cannot be solved accurately stops the run with a message instead of a wrong number. The memory is estimated first and the run refused above 4 GiB.</source>
        <translation>Фокус зангилаануудын хоорондох хэлхээний онол — Circuitscape-ийн растер хосын горим болон Linkage Mapper-ийн Pinchpoint Mapper-ийн тооцдог аргаар: гүйдэл төвлөрсөн газар коридор нарийн байдаг — тэнд шинэ зам, хашаа, тариалан холбоосыг тасална, харин гарц эсвэл нөхөн сэргээлт тэнд хамгийн их үр өгнө.

RESISTANCE: эсэргүүцлийн растер (RESISTANCE_IS = resistance, утга &gt; 0) эсвэл дамжуулалтын растер (утга ≥ 0, 0 = зангилаа биш); nodata нүд зангилаа биш. Circuitscape-ийн адилаар эсэргүүцэл нүд тутамд: нүдний хэмжээг ашиглахгүй. FOCAL: полигон эсвэл цэг; нэг FOCAL_ID-ийн объектуудын доорх бүх нүд нэг фокус зангилаа болно (богино холбогдсон). CONNECTIONS: 4 эсвэл 8 хөрш (диагоналийн дамжуулалт ÷ √2). AVERAGE: ирмэгийн дамжуулалтыг хоёр нүдний эсэргүүцлийн дунджаас (анхдагч) эсвэл дамжуулалтын дунджаас.

CORRIDORS-гүй бол фокус зангилааны хос бүрийг (эсвэл ирмэгээс ирмэг хүртэл MAX_DISTANCE м-ээс ихгүй зайтай хосыг) бүх растер дээр бодно. CORRIDORS-тэй бол (хамгийн бага зардлын коридорын хэрэгслийн коридорын растер) холбоос бүрийг хоёр цөмийг нь холбосон коридорын нүдэн дотор бодно; холбоосууд нь LINKS-ээс (коридорын хэрэгслийн холбоосууд), эс бөгөөс коридороор холбогдсон цөмийн хос бүр.

RESISTANCES: from_id, to_id, resistance (растерын эсэргүүцлийн нэгжээрх үр дүнтэй эсэргүүцэл; холбогдоогүй бол −1). CURRENT: бодсон бүх хосын гүйдлийн нийлбэр (хос бүрт 1 А), зангилаагүй газар nodata. PINCHES (CORRIDORS-тэй): цөмөөс бусад коридорын нүднээс холбоосын өөрийн гүйдлийн PINCH_PERCENTILE-ээс багагүй нүднүүд, холбоос ба улс (COUNTRIES) тус бүрт нэг полигон, area_ha (тэнцүү талбайн) ба max_current (А)-тай.

Бодогч хэлхээ бүрийг нэг удаа задлаж (Холецкийн төрлийн сийрэг задаргаа), нэг нүдтэй фокус зангилааны бүх хосод дахин ашиглана; шийд бүрийг шалгана (буцах алдаа ба зарцуулсан чадал), нарийвчлалтай бодож чадахгүй хэлхээ буруу тоо өгөхийн оронд мэдэгдэлтэйгээр ажиллагааг зогсооно. Санах ойг урьдчилан тооцож, 4 GiB-ээс их бол татгалзана.</translation>
    </message>
    <message>
        <source>Resistance raster</source>
        <translation>Эсэргүүцлийн растер</translation>
    </message>
    <message>
        <source>The raster holds</source>
        <translation>Растерт агуулагдах нь</translation>
    </message>
    <message>
        <source>Focal nodes (cores or points)</source>
        <translation>Фокус зангилаа (цөм эсвэл цэг)</translation>
    </message>
    <message>
        <source>Focal node id field</source>
        <translation>Фокус зангилааны ID талбар</translation>
    </message>
    <message>
        <source>Neighbours (4 or 8)</source>
        <translation>Хөрш (4 эсвэл 8)</translation>
    </message>
    <message>
        <source>Edge conductance from the mean of the cells&apos;</source>
        <translation>Ирмэгийн дамжуулалтыг нүднүүдийн дунджаас:</translation>
    </message>
    <message>
        <source>Corridors raster (from the corridor tool): solve link by link inside it</source>
        <translation>Коридорын растер (коридорын хэрэгслээс): дотор нь холбоос тус бүрээр бодох</translation>
    </message>
    <message>
        <source>Links (from the corridor tool: from_id, to_id)</source>
        <translation>Холбоосууд (коридорын хэрэгслээс: from_id, to_id)</translation>
    </message>
    <message>
        <source>Maximum pair distance, edge to edge (m)</source>
        <translation>Хосын хамгийн их зай, ирмэгээс ирмэг (м)</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>Улсууд (ISO3 / ISO_A3 / ADM0_A3 талбар)</translation>
    </message>
    <message>
        <source>Pinch points: cells at or above this percentile of a link&apos;s current</source>
        <translation>Нарийн хэсэг: холбоосын гүйдлийн энэ перцентилээс багагүй нүд</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>Үр дүнтэй эсэргүүцэл</translation>
    </message>
    <message>
        <source>Cumulative current (A)</source>
        <translation>Хуримтлагдсан гүйдэл (А)</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>Нарийн хэсгүүд</translation>
    </message>
    <message>
        <source>Neighbours must be 4 or 8 (got {}).</source>
        <translation>Хөршийн тоо 4 эсвэл 8 байх ёстой ({} өгсөн).</translation>
    </message>
    <message>
        <source>Choose the focal node id field.</source>
        <translation>Фокус зангилааны ID талбарыг сонгоно уу.</translation>
    </message>
    <message>
        <source>LINKS is used only with a CORRIDORS raster; every pair is solved.</source>
        <translation>LINKS-ийг зөвхөн CORRIDORS растертай хамт ашиглана; бүх хосыг бодно.</translation>
    </message>
    <message>
        <source>The current raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>Гүйдлийн растерыг GeoTIFF-ээр бичнэ: .tif нэр өгнө үү (“{}” өгсөн).</translation>
    </message>
    <message>
        <source>{} focal feature(s) read from &apos;{}&apos;.</source>
        <translation>{} фокус объектыг “{}”-ээс уншлаа.</translation>
    </message>
    <message>
        <source>{} pair(s) solved, {} connected; pinch points {:.1f} ha.</source>
        <translation>{} хос бодсон, {} нь холбогдсон; нарийн хэсэг {:.1f} га.</translation>
    </message>
    <message>
        <source>No pair to solve: fewer than two focal nodes, none within the maximum distance, or no corridor joining two cores. The outputs are empty.</source>
        <translation>Бодох хос алга: фокус зангилаа хоёроос цөөн, хамгийн их зайд багтах хос алга, эсвэл хоёр цөмийг холбосон коридор алга. Гаралтууд хоосон.</translation>
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
        <translation>NEASPEC Planner: давхаргаас газрын зураг, тайлан, Рамсарын баримт бичиг хүртэл алхам алхмаар удирдсан семинар</translation>
    </message>
    <message>
        <source>needed by: {}</source>
        <translation>шаардлагатай алхам: {}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>заавал биш</translation>
    </message>
    <message>
        <source>Layer used as {} ({})</source>
        <translation>«{}» үүрэгт ашиглах давхарга ({})</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (заавал биш)</translation>
    </message>
    <message>
        <source>Amur tiger</source>
        <translation>Амарын бар</translation>
    </message>
    <message>
        <source>Amur leopard</source>
        <translation>Амарын ирвэс</translation>
    </message>
    <message>
        <source>Snow leopard</source>
        <translation>Цоохор ирвэс</translation>
    </message>
    <message>
        <source>Cranes (wetland birds)</source>
        <translation>Тогоруу (ус намгархаг газрын шувуу)</translation>
    </message>
    <message>
        <source>Custom cost table</source>
        <translation>Өөрийн зардлын хүснэгт</translation>
    </message>
    <message>
        <source>CSV cost table (*.csv)</source>
        <translation>Зардлын хүснэгт CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG зураг (*.png);;SVG вектор зураг (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;Web page (*.html);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel ажлын ном (*.xlsx);;Вэб хуудас (*.html);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Суурь хувилбар</translation>
    </message>
    <message>
        <source>The demo region is not installed: {} is missing.</source>
        <translation>Жишээ бүс нутаг суулгагдаагүй байна: {} алга.</translation>
    </message>
    <message>
        <source>Demo region</source>
        <translation>Жишээ бүс нутаг</translation>
    </message>
    <message>
        <source>Transboundary planning: Tumen River</source>
        <translation>Хил дамнасан төлөвлөлт: Түмэн гол</translation>
    </message>
    <message>
        <source>Demo region loaded: {} layers; roles assigned.</source>
        <translation>Жишээ бүс нутгийг ачааллаа: {} давхарга; үүргүүдийг онооллоо.</translation>
    </message>
    <message>
        <source>Choose the {} layer in step 1 Layers first.</source>
        <translation>Эхлээд 1-р алхам «Давхарга» хэсэгт «{}» давхаргыг сонгоно уу.</translation>
    </message>
    <message>
        <source>A step is still running: wait for it or press Cancel.</source>
        <translation>Алхам ажиллаж байна: дуусахыг хүлээх эсвэл «Цуцлах» товчийг дарна уу.</translation>
    </message>
    <message>
        <source>{} is not available in this build.</source>
        <translation>Энэ суулгацад байхгүй: {}.</translation>
    </message>
    <message>
        <source>{} {}</source>
        <translation>{} {}</translation>
    </message>
    <message>
        <source>{}: the results could not be shown: {}</source>
        <translation>{}: үр дүнг харуулж чадсангүй: {}</translation>
    </message>
    <message>
        <source>{}: done.</source>
        <translation>{}: дууслаа.</translation>
    </message>
    <message>
        <source>{}: cancelled; nothing was added.</source>
        <translation>{}: цуцлагдлаа; юу ч нэмэгдээгүй.</translation>
    </message>
    <message>
        <source>{} failed: {}</source>
        <translation>«{}» амжилтгүй боллоо: {}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Цуцалж байна…</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Давхцал</translation>
    </message>
    <message>
        <source>Habitat gaps</source>
        <translation>Амьдрах орчны хамгаалалтын цоорхой</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>Хамгаалагдсан амьдрах орчин</translation>
    </message>
    <message>
        <source>Overlap summary</source>
        <translation>Давхцлын хураангуй</translation>
    </message>
    <message>
        <source>The custom profile needs a cost table (CSV with columns class,cost).</source>
        <translation>Өөрийн профильд зардлын хүснэгт хэрэгтэй (class,cost баганатай CSV).</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>Экологийн коридор</translation>
    </message>
    <message>
        <source>Corridor links</source>
        <translation>Коридорын холбоос</translation>
    </message>
    <message>
        <source>Corridor gaps</source>
        <translation>Коридорын хамгаалалтын цоорхой</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Эсэргүүцэл</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: the options are compared with its resistance.</source>
        <translation>Эхлээд эсэргүүцэл ба коридорыг тооцоолно уу: хувилбаруудыг түүний эсэргүүцэлтэй харьцуулна.</translation>
    </message>
    <message>
        <source>Tick at least one option layer to compare.</source>
        <translation>Харьцуулах хувилбарын дор хаяж нэг давхаргыг сонгоно уу.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Хувилбарууд</translation>
    </message>
    <message>
        <source>Options comparison</source>
        <translation>Хувилбаруудын харьцуулалт</translation>
    </message>
    <message>
        <source>Link {}, option {}: least-cost distance {}</source>
        <translation>Холбоос {}, хувилбар {}: хамгийн бага зардлын зай {}</translation>
    </message>
    <message>
        <source>Ramsar candidates</source>
        <translation>Рамсарын нэр дэвшигч газрууд</translation>
    </message>
    <message>
        <source>Candidates summary</source>
        <translation>Нэр дэвшигч газрын хураангуй</translation>
    </message>
    <message>
        <source>{} — {} ({:,.0f} ha)</source>
        <translation>{} — {} ({:,.0f} ha)</translation>
    </message>
    <message>
        <source>{} national component(s); select to see the evidence</source>
        <translation>Үндэсний хэсэг: {}; үндэслэлийг харахын тулд сонгоно уу</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Талбай (ha)</translation>
    </message>
    <message>
        <source>Extends abroad</source>
        <translation>Хилийн чанадад үргэлжилдэг</translation>
    </message>
    <message>
        <source>Adjacent Ramsar sites</source>
        <translation>Хөрш Рамсарын газрууд</translation>
    </message>
    <message>
        <source>Ramsar criteria</source>
        <translation>Рамсарын шалгуур</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Үндэслэл</translation>
    </message>
    <message>
        <source>Find candidates first.</source>
        <translation>Эхлээд нэр дэвшигч газруудыг олно уу.</translation>
    </message>
    <message>
        <source>Choose the map file to write (.pdf, .png or .svg).</source>
        <translation>Бичих газрын зургийн файлаа сонгоно уу (.pdf, .png эсвэл .svg).</translation>
    </message>
    <message>
        <source>Show at least one layer on the map to print.</source>
        <translation>Хэвлэхийн тулд газрын зураг дээр дор хаяж нэг давхаргыг харуулна уу.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Газрын зураг</translation>
    </message>
    <message>
        <source>Choose the report file to write (.xlsx, .html, .csv or .pdf).</source>
        <translation>Бичих тайлангийн файлаа сонгоно уу (.xlsx, .html, .csv эсвэл .pdf).</translation>
    </message>
    <message>
        <source>Run a step first: the report lists the results of the overlap, corridor, options and Ramsar steps.</source>
        <translation>Эхлээд аль нэг алхмыг ажиллуулна уу: тайланд давхцал, коридор, хувилбар, Рамсарын алхмуудын үр дүн орно.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Тайлан</translation>
    </message>
    <message>
        <source>Find Ramsar candidates first (step 4) and choose one.</source>
        <translation>Эхлээд Рамсарын нэр дэвшигч газруудыг олж (4-р алхам), нэгийг нь сонгоно уу.</translation>
    </message>
    <message>
        <source>Choose the folder for the Ramsar package.</source>
        <translation>Рамсарын багцын хавтсыг сонгоно уу.</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>Рамсарын баримт бичиг</translation>
    </message>
    <message>
        <source>{}: written to {}</source>
        <translation>{}: бичсэн байршил: {}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
    <message>
        <source>Open the log (tab NEASPEC Planner) with the full messages of the run</source>
        <translation>Тооцооны бүрэн мэдээллийг агуулсан бүртгэлийг нээх (NEASPEC Planner таб)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Улсууд</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>Тусгай хамгаалалттай газар</translation>
    </message>
    <message>
        <source>Habitat</source>
        <translation>Амьдрах орчин</translation>
    </message>
    <message>
        <source>Roads and barriers</source>
        <translation>Зам ба саад</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>Цөм бүс</translation>
    </message>
    <message>
        <source>Land cover</source>
        <translation>Газрын бүрхэвч</translation>
    </message>
    <message>
        <source>Wetlands</source>
        <translation>Ус намгархаг газар</translation>
    </message>
    <message>
        <source>Ramsar sites</source>
        <translation>Рамсарын газрууд</translation>
    </message>
    <message>
        <source>Waterbird counts</source>
        <translation>Усны шувууны тооллого</translation>
    </message>
    <message>
        <source>1 % thresholds</source>
        <translation>1 %-ийн босго</translation>
    </message>
    <message>
        <source>{} national component(s):</source>
        <translation>Үндэсний хэсэг: {}</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>Рамсарын газар</translation>
    </message>
    <message>
        <source>polygon layer</source>
        <translation>полигон давхарга</translation>
    </message>
    <message>
        <source>line layer</source>
        <translation>шугаман давхарга</translation>
    </message>
    <message>
        <source>raster layer</source>
        <translation>растр давхарга</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; ({})</source>
        <translation>«{}» хувилбар ({})</translation>
    </message>
    <message>
        <source>Raster tiles (*.tif *.tiff *.vrt *.img)</source>
        <translation>Растр хавтангууд (*.tif *.tiff *.vrt *.img)</translation>
    </message>
    <message>
        <source>Land-cover tile not found: {}</source>
        <translation>Газрын бүрхэвчийн хавтан олдсонгүй: {}</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: pinch points are found inside its corridors.</source>
        <translation>Эхлээд эсэргүүцэл ба коридорыг ажиллуулна уу: нарийн хэсгийг тэдгээр коридор дотроос хайна.</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>Нарийн хэсгүүд</translation>
    </message>
    <message>
        <source>Current (circuit theory)</source>
        <translation>Гүйдэл (хэлхээний онол)</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>Үр дүнтэй эсэргүүцэл</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>Улс бүрийн ProtConn</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>Нүүдлийн замын сүлжээ</translation>
    </message>
    <message>
        <source>Nodes by importance (dPC)</source>
        <translation>Ач холбогдлоор зангилаа (dPC)</translation>
    </message>
    <message>
        <source>Links by probability</source>
        <translation>Магадлалаар холбоос</translation>
    </message>
    <message>
        <source>Connectivity summary</source>
        <translation>Холбоот байдлын хураангуй</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>Мониторингийн тор</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>хүчин чармайлт</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>эзэмшил</translation>
    </message>
    <message>
        <source>Monitoring summary</source>
        <translation>Мониторингийн нэгтгэл</translation>
    </message>
    <message>
        <source>Shared individuals</source>
        <translation>Хамтын бодгаль</translation>
    </message>
    <message>
        <source>Camera-trap stations</source>
        <translation>Камер урхины станц</translation>
    </message>
    <message>
        <source>Camera-trap detections</source>
        <translation>Камер урхины бүртгэл</translation>
    </message>
    <message>
        <source>Habitat to monitor</source>
        <translation>Хянах амьдрах орчин</translation>
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
        <translation>1  Давхарга: үүрэг оноох</translation>
    </message>
    <message>
        <source>Tell the planner which loaded layer plays which role</source>
        <translation>Ачаалсан аль давхарга ямар үүрэг гүйцэтгэхийг төлөвлөгчид заана уу</translation>
    </message>
    <message>
        <source>Choose the layer for each role. Roles are suggested from the layers&apos; names and fields; change any of them. Optional roles can stay empty.</source>
        <translation>Үүрэг бүрт давхарга сонгоно уу. Үүргийг давхаргын нэр ба талбараас санал болгоно; аль нэгийг нь өөрчилж болно. Заавал биш үүргийг хоосон үлдээж болно.</translation>
    </message>
    <message>
        <source>Load demo region</source>
        <translation>Жишээ бүс ачаалах</translation>
    </message>
    <message>
        <source>Add the bundled demo region (Tumen River, Primorye–Hunchun, Altai, Dauria, Khanka) to the project and assign its layers to the roles</source>
        <translation>Плагинтай хамт ирдэг жишээ бүс нутгийг (Түмэн гол, Приморье–Хуньчунь, Алтай, Дагуур, Ханка нуур) төсөлд нэмж, давхаргуудыг нь үүрэгт оноох</translation>
    </message>
    <message>
        <source>Suggest roles</source>
        <translation>Үүрэг санал болгох</translation>
    </message>
    <message>
        <source>Fill the empty roles from the loaded layers&apos; names and fields (roles you set stay as they are)</source>
        <translation>Ачаалсан давхаргуудын нэр ба талбараас хоосон үүргүүдийг бөглөх (таны тохируулсан үүрэг өөрчлөгдөхгүй)</translation>
    </message>
    <message>
        <source>2  Overlaps: habitat in protected areas</source>
        <translation>2  Давхцал: ТХГ дахь амьдрах орчин</translation>
    </message>
    <message>
        <source>How much habitat lies inside protected areas, per country</source>
        <translation>Тусгай хамгаалалттай газар дотор хэдий хэмжээний амьдрах орчин байгааг улс тус бүрээр</translation>
    </message>
    <message>
        <source>Habitat × protected areas × countries. Overlapping designations are counted once; areas in hectares (equal-area projection).</source>
        <translation>Амьдрах орчин × тусгай хамгаалалттай газар × улс. Давхцсан статусуудыг нэг удаа тоолно; талбай гектараар (тэнцүү талбайт проекц).</translation>
    </message>
    <message>
        <source>Habitat field</source>
        <translation>Амьдрах орчны талбар</translation>
    </message>
    <message>
        <source>Field of the habitat layer naming the habitat or species (empty: one habitat)</source>
        <translation>Амьдрах орчин эсвэл зүйлийн нэрийг агуулсан, амьдрах орчны давхаргын талбар (хоосон: нэг амьдрах орчин)</translation>
    </message>
    <message>
        <source>Country field</source>
        <translation>Улсын талбар</translation>
    </message>
    <message>
        <source>Field of the countries layer with the ISO 3166 code (empty: detect ISO3, ISO_A3 or ADM0_A3)</source>
        <translation>ISO 3166 кодтой, улсын давхаргын талбар (хоосон: ISO3, ISO_A3 эсвэл ADM0_A3 талбарыг автоматаар илрүүлнэ)</translation>
    </message>
    <message>
        <source>Run overlap</source>
        <translation>Давхцлыг тооцоолох</translation>
    </message>
    <message>
        <source>Run neaspec:overlap in the background; the results land in a layer group named after the run</source>
        <translation>neaspec:overlap алгоритмыг арын горимд ажиллуулах; үр дүн нь тооцооны нэрээр нэрлэгдсэн давхаргын бүлэгт орно</translation>
    </message>
    <message>
        <source>Habitat and protected hectares per habitat and country (last run)</source>
        <translation>Амьдрах орчин ба улс тус бүрийн амьдрах орчны болон хамгаалагдсан талбай, гектараар (сүүлийн тооцоо)</translation>
    </message>
    <message>
        <source>3  Corridors: links, gaps, options</source>
        <translation>3  Коридор: холбоос, цоорхой, хувилбар</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, their gaps, and options compared side by side</source>
        <translation>Цөм бүсүүдийн хоорондох хамгийн бага зардлын экологийн коридор, тэдгээрийн хамгаалалтын цоорхой, хувилбаруудын зэрэгцүүлсэн харьцуулалт</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>Зүйлийн профиль</translation>
    </message>
    <message>
        <source>Resistance of each land-cover class for this species (docs/algorithms/resistance.md); custom uses your cost table</source>
        <translation>Энэ зүйлийн хувьд газрын бүрхэвчийн ангилал бүрийн эсэргүүцэл (docs/algorithms/resistance.md); өөрийн профиль таны зардлын хүснэгтийг ашиглана</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>Зардлын хүснэгт</translation>
    </message>
    <message>
        <source>Optional CSV with columns class,cost (land-cover code, cost ≥ 1; empty cost = impassable). Needed for the custom profile</source>
        <translation>class,cost баганатай, заавал биш CSV (газрын бүрхэвчийн код, зардал ≥ 1; хоосон зардал = нэвтрэх боломжгүй). Өөрийн профильд шаардлагатай</translation>
    </message>
    <message>
        <source>Barrier width</source>
        <translation>Саадын өргөн</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>Цөм бүсийн дугаар</translation>
    </message>
    <message>
        <source>Field of the core areas layer with a unique id for each core</source>
        <translation>Цөм бүс бүрийн давтагдашгүй дугаартай, цөм бүсийн давхаргын талбар</translation>
    </message>
    <message>
        <source>Max. distance</source>
        <translation>Хамгийн их зай</translation>
    </message>
    <message>
        <source>Only core pairs closer than this (straight line, edge to edge, kilometres) are linked</source>
        <translation>Зөвхөн үүнээс ойр (шулуун шугамаар, захаас зах хүртэл, километрээр) орших цөм бүсийн хосуудыг холбоно</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Corridor width</source>
        <translation>Коридорын өргөн</translation>
    </message>
    <message>
        <source>Corridor width in cost units above the least-cost path (normalized least-cost corridor); 0 uses the algorithm&apos;s default</source>
        <translation>Хамгийн бага зардлын замаас давах зардлын нэгжээр илэрхийлсэн коридорын өргөн (нормчилсон хамгийн бага зардлын коридор); 0 бол алгоритмын анхдагч утгыг ашиглана</translation>
    </message>
    <message>
        <source>default</source>
        <translation>анхдагч</translation>
    </message>
    <message>
        <source>Run resistance and corridors</source>
        <translation>Коридор тооцоолох</translation>
    </message>
    <message>
        <source>Build the resistance surface from the land cover (and roads), then the corridors between the core areas, in the background</source>
        <translation>Арын горимд эхлээд газрын бүрхэвч (болон зам) дээр үндэслэн эсэргүүцлийн гадаргыг, дараа нь цөм бүсүүдийн хоорондох коридорыг байгуулах</translation>
    </message>
    <message>
        <source>Corridor links of the last run, best ranked first</source>
        <translation>Сүүлийн тооцооны коридорын холбоосууд, хамгийн сайн нь эхэндээ</translation>
    </message>
    <message>
        <source>Options to compare</source>
        <translation>Харьцуулах хувилбарууд</translation>
    </message>
    <message>
        <source>Crossings, restorations or new barriers applied to the baseline resistance, compared link by link</source>
        <translation>Суурь эсэргүүцэлд хэрэглэсэн гарц, нөхөн сэргээлт эсвэл шинэ саадыг холбоос бүрээр харьцуулна</translation>
    </message>
    <message>
        <source>Tick the option layers to compare with the baseline (each option is named after its layer)</source>
        <translation>Суурь хувилбартай харьцуулах хувилбарын давхаргуудыг сонгоно уу (хувилбар бүрийг давхаргынх нь нэрээр нэрлэнэ)</translation>
    </message>
    <message>
        <source>Compare options</source>
        <translation>Хувилбаруудыг харьцуулах</translation>
    </message>
    <message>
        <source>Run neaspec:compare_options with the baseline resistance of the last corridor run and the ticked options</source>
        <translation>Сүүлийн коридорын тооцооны суурь эсэргүүцэл ба сонгосон хувилбаруудаар neaspec:compare_options алгоритмыг ажиллуулах</translation>
    </message>
    <message>
        <source>Least-cost distance per link and option; the change against the baseline in brackets</source>
        <translation>Холбоос ба хувилбар тус бүрийн хамгийн бага зардлын зай; хаалтад суурь хувилбартай харьцуулсан өөрчлөлт</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Зурагт харуулах</translation>
    </message>
    <message>
        <source>Switch the map between the baseline and each option (shows only that option&apos;s layers)</source>
        <translation>Газрын зургийг суурь хувилбар ба хувилбар бүрийн хооронд сэлгэх (зөвхөн тухайн хувилбарын давхаргуудыг харуулна)</translation>
    </message>
    <message>
        <source>4  Ramsar candidates</source>
        <translation>4  Рамсарын нэр дэвшигч газар</translation>
    </message>
    <message>
        <source>Candidate transboundary Ramsar sites, split into each Party&apos;s component</source>
        <translation>Хил дамнасан Рамсарын нэр дэвшигч газрууд, Гэрээлэгч тал бүрийн хэсэгт хуваасан</translation>
    </message>
    <message>
        <source>Site field</source>
        <translation>Газрын түлхүүр</translation>
    </message>
    <message>
        <source>Field of the wetlands layer with a unique site key, matching the counts table&apos;s site column (empty: site, else name)</source>
        <translation>Ус намгархаг газрын давхаргын, газар бүрийн давтагдашгүй түлхүүр агуулсан, тооллогын хүснэгтийн site баганатай тохирох талбар (хоосон: site, үгүй бол name)</translation>
    </message>
    <message>
        <source>Link distance</source>
        <translation>Холбох зай</translation>
    </message>
    <message>
        <source>Wetlands closer than this (kilometres) across a border are grouped into one candidate site; 0 uses the algorithm&apos;s default</source>
        <translation>Хилийн хоёр талд энэ зайнаас (километрээр) ойр орших ус намгархаг газруудыг нэг нэр дэвшигч газарт нэгтгэнэ; 0 бол алгоритмын анхдагч утгыг ашиглана</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>Нэр дэвшигч газар олох</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_candidates in the background</source>
        <translation>neaspec:ramsar_candidates алгоритмыг арын горимд ажиллуулах</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Нэр дэвшигчид</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Зургаас сонгох</translation>
    </message>
    <message>
        <source>Click a candidate component on the map to select it in the list</source>
        <translation>Нэр дэвшигч газрын хэсгийг жагсаалтад сонгохын тулд газрын зураг дээр түүн дээр дарна уу</translation>
    </message>
    <message>
        <source>Candidate sites of the last run; select one to see its components and evidence and to zoom to it</source>
        <translation>Сүүлийн тооцооны нэр дэвшигч газрууд; аль нэгийг сонгож хэсгүүд, үндэслэлийг нь харах, түүн рүү томруулах</translation>
    </message>
    <message>
        <source>Components of the selected candidate (one per Party), Ramsar criteria and evidence</source>
        <translation>Сонгосон нэр дэвшигч газрын хэсгүүд (Гэрээлэгч тал тус бүрт нэг), Рамсарын шалгуур ба үндэслэл</translation>
    </message>
    <message>
        <source>Planning maps, attribute reports and the Ramsar designation package</source>
        <translation>Төлөвлөлтийн газрын зураг, атрибутын тайлан, Рамсарын газар болгон тогтоох баримт бичгийн багц</translation>
    </message>
    <message>
        <source>Planning map</source>
        <translation>Төлөвлөлтийн газрын зураг</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Гарчиг</translation>
    </message>
    <message>
        <source>Title printed on the map</source>
        <translation>Газрын зураг дээр хэвлэх гарчиг</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Map file to write: .pdf, .png or .svg</source>
        <translation>Бичих газрын зургийн файл: .pdf, .png эсвэл .svg</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Зураг экспортлох</translation>
    </message>
    <message>
        <source>Run neaspec:planning_map with the visible layers of the project</source>
        <translation>Төслийн харагдаж буй давхаргуудаар neaspec:planning_map алгоритмыг ажиллуулах</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Тайлан</translation>
    </message>
    <message>
        <source>Report file to write: .xlsx, .csv, .html or .pdf</source>
        <translation>Бичих тайлангийн файл: .xlsx, .csv, .html эсвэл .pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Тайлан экспортлох</translation>
    </message>
    <message>
        <source>Run neaspec:report on the result tables of this session&apos;s runs</source>
        <translation>Энэ сессийн тооцооны үр дүнгийн хүснэгтүүдэд neaspec:report алгоритмыг ажиллуулах</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>Рамсарын баримт бичиг</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Нэр дэвшигч</translation>
    </message>
    <message>
        <source>Candidate site to package (from the Ramsar step)</source>
        <translation>Багцлах нэр дэвшигч газар (Рамсарын алхмаас)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Хавтас</translation>
    </message>
    <message>
        <source>Folder for the package: per Party a shapefile, KML and map PDF, the RIS sheet and a combined map</source>
        <translation>Багцын хавтас: Гэрээлэгч тал тус бүрт shape файл, KML ба газрын зургийн PDF, RIS хуудас, мөн нэгдсэн газрын зураг</translation>
    </message>
    <message>
        <source>Export Ramsar package</source>
        <translation>Багц экспортлох</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_package for the chosen candidate</source>
        <translation>Сонгосон нэр дэвшигч газарт neaspec:ramsar_package алгоритмыг ажиллуулах</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Бэлэн.</translation>
    </message>
    <message>
        <source>What the planner is doing</source>
        <translation>Төлөвлөгч юу хийж байна</translation>
    </message>
    <message>
        <source>Progress of the running step</source>
        <translation>Ажиллаж буй алхмын явц</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <source>Stop the running step; nothing is written or added to the map</source>
        <translation>Ажиллаж буй алхмыг зогсоох; юу ч бичигдэхгүй, газрын зурагт нэмэгдэхгүй</translation>
    </message>
    <message>
        <source>Width in metres over which roads and fences add their cost to the resistance; &quot;default&quot; uses the algorithm&apos;s default width</source>
        <translation>Зам ба хашаа эсэргүүцэлд зардлаа нэмэх өргөн, метрээр; «анхдагч» бол алгоритмын анхдагч өргөнийг ашиглана</translation>
    </message>
    <message>
        <source>Land-cover tiles</source>
        <translation>Бүрхэвчийн хавтан</translation>
    </message>
    <message>
        <source>Optional: several land-cover tiles (e.g. ESA WorldCover, as downloaded, in lon/lat) or a folder holding them; they replace the land-cover layer and are mosaicked, reprojected and averaged to 100 m cells</source>
        <translation>Заавал биш: газрын бүрхэвчийн хэд хэдэн хавтан (жишээ нь татаж авсан хэвээрээ уртраг/өргөрөгтэй ESA WorldCover) эсвэл тэдгээрийг агуулсан хавтас; эдгээр нь газрын бүрхэвчийн давхаргыг орлож, мозайк болж, дахин проекцлогдон 100 m нүдэнд дундажлагдана</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>Нарийн хэсгүүд</translation>
    </message>
    <message>
        <source>Circuit theory inside the corridors of the last corridor run (neaspec:pinchpoints): the effective resistance of each link, the current map and the pinch points where the corridor is narrow, per country</source>
        <translation>Сүүлийн коридорын тооцооны коридор доторх хэлхээний онол (neaspec:pinchpoints): холбоос бүрийн үр дүнтэй эсэргүүцэл, гүйдлийн зураг, коридор нарийссан нарийн хэсгүүд, улс тус бүрээр</translation>
    </message>
    <message>
        <source>How well the protected areas of each country, or the wetlands of a flyway, are connected, and which site matters most</source>
        <translation>Улс бүрийн хамгаалалттай газар эсвэл нүүдлийн замын ус намгархаг газар хэр холбоотой, аль газар хамгийн чухал вэ</translation>
    </message>
    <message>
        <source>Dispersal distance</source>
        <translation>Тархалтын зай</translation>
    </message>
    <message>
        <source>Median dispersal distance between protected areas, edge to edge (kilometres): the probability of a link is 0.5 at this distance (JRC: 10 km)</source>
        <translation>Хамгаалалттай газруудын хоорондох ирмэгээс ирмэг хүртэлх тархалтын медиан зай (километр): энэ зайд холбоосын магадлал 0.5 (JRC: 10 км)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Улсууд</translation>
    </message>
    <message>
        <source>ISO3 codes of the countries to assess, separated by commas (empty: every country holding a protected area)</source>
        <translation>Үнэлэх улсуудын ISO3 код, таслалаар тусгаарлана (хоосон: хамгаалалттай газартай бүх улс)</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>Улс бүрийн ProtConn</translation>
    </message>
    <message>
        <source>Run neaspec:protconn on the protected areas and countries of step 1</source>
        <translation>1-р алхмын хамгаалалттай газар ба улсуудад neaspec:protconn ажиллуулах</translation>
    </message>
    <message>
        <source>Flight distance</source>
        <translation>Нислэгийн зай</translation>
    </message>
    <message>
        <source>Distance between wetlands, edge to edge, at which a bird reaches the next site with probability 0.5 (kilometres; cranes: a few hundred km a day)</source>
        <translation>Ус намгархаг газруудын ирмэгээс ирмэг хүртэлх зай, шувуу дараагийн газарт 0.5 магадлалтай хүрэх (километр; тогоруу: өдөрт хэдэн зуун км)</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>Нүүдлийн замын сүлжээ</translation>
    </message>
    <message>
        <source>Run neaspec:connectivity on the wetlands of step 1 (site field of step 4)</source>
        <translation>1-р алхмын ус намгархаг газарт neaspec:connectivity ажиллуулах (4-р алхмын газрын талбар)</translation>
    </message>
    <message>
        <source>The workshop steps, top to bottom: assign layers, measure overlaps, model corridors, find Ramsar candidates, monitor across borders, export</source>
        <translation>Семинарын алхмууд дээрээс доош: давхарга оноох, давхцал хэмжих, коридор загварчлах, Рамсарын нэр дэвшигч олох, хил дамнасан мониторинг, экспорт</translation>
    </message>
    <message>
        <source>5  Monitoring: camera traps across borders</source>
        <translation>5  Мониторинг: хил дамнасан камер урхи</translation>
    </message>
    <message>
        <source>One common survey grid for every country: effort, detections, naive occupancy, monitoring gaps and shared individuals</source>
        <translation>Бүх улсад нэг хамтын судалгааны тор: хүчин чармайлт, бүртгэл, энгийн эзэмшил, мониторингийн цоорхой, хамтын бодгаль</translation>
    </message>
    <message>
        <source>Camera-trap stations and detections of every side on one fixed grid (the same cells and ids in every country&apos;s run). Choose the stations and detections in step 1 Layers.</source>
        <translation>Бүх талын камер урхины станц, бүртгэлийг нэг тогтмол торонд (улс бүрийн ажиллуулалтад ижил нүд, дугаар). Станц, бүртгэлийг 1-р алхам «Давхарга»-д сонгоно уу.</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>Нүдний хэмжээ</translation>
    </message>
    <message>
        <source>Side of the grid cells in kilometres; every country must use the same size for their grids to match</source>
        <translation>Торын нүдний тал километрээр; торууд давхцахын тулд бүх улс ижил хэмжээ ашиглана</translation>
    </message>
    <message>
        <source>Build monitoring grid</source>
        <translation>Мониторингийн тор байгуулах</translation>
    </message>
    <message>
        <source>Run neaspec:monitoring_grid in the background; the grid (effort and occupancy styles, gaps hatched), the summary and the shared individuals land in a layer group</source>
        <translation>neaspec:monitoring_grid-ийг арын горимд ажиллуулна; тор (хүчин чармайлт, эзэмшлийн загвар, цоорхойг зураасаар), нэгтгэл, хамтын бодгаль давхаргын бүлэгт орно</translation>
    </message>
    <message>
        <source>Per country and species: cells surveyed, detected, naive occupancy, individuals, shared individuals and monitoring gaps (last run)</source>
        <translation>Улс ба зүйлээр: судалсан нүд, бүртгэгдсэн нүд, энгийн эзэмшил, бодгаль, хамтын бодгаль, мониторингийн цоорхой (сүүлийн ажиллуулалт)</translation>
    </message>
    <message>
        <source>6  Export: maps, reports, Ramsar package</source>
        <translation>6  Зураг, тайлан, Рамсарын багц</translation>
    </message>
    <message>
        <source>7  Connectivity: ProtConn and flyways</source>
        <translation>7  Холбоот байдал: ProtConn ба нүүдлийн зам</translation>
    </message>
</context>
<context>
    <name>PlanningMapAlgorithm</name>
    <message>
        <source>Planning map (PDF, PNG, SVG)</source>
        <translation>Төлөвлөлтийн газрын зураг (PDF, PNG, SVG)</translation>
    </message>
    <message>
        <source>Layers to map (top first)</source>
        <translation>Газрын зурагт оруулах давхаргууд (дээд нь эхэндээ)</translation>
    </message>
    <message>
        <source>Layout template (.qpt); empty = bundled page below</source>
        <translation>Хэвлэх загвар (.qpt); хоосон = доорх плагины хуудас</translation>
    </message>
    <message>
        <source>Bundled page</source>
        <translation>Плагины хуудас</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Гарчиг</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Дэд гарчиг</translation>
    </message>
    <message>
        <source>Map extent</source>
        <translation>Газрын зургийн хамрах хүрээ</translation>
    </message>
    <message>
        <source>Margin around the layers (%)</source>
        <translation>Давхаргуудын эргэн тойрон дахь захын зай (%)</translation>
    </message>
    <message>
        <source>Other data sources (credits)</source>
        <translation>Бусад өгөгдлийн эх сурвалж (ишлэл)</translation>
    </message>
    <message>
        <source>Atlas: one page per feature of</source>
        <translation>Атлас: дараах давхаргын объект бүрт нэг хуудас</translation>
    </message>
    <message>
        <source>Atlas page name field</source>
        <translation>Атласын хуудасны нэрийн талбар</translation>
    </message>
    <message>
        <source>Resolution (dots per inch; PNG and rasters in PDF)</source>
        <translation>Нягтрал (инч тутмын цэг; PNG болон PDF доторх растр)</translation>
    </message>
    <message>
        <source>Map file</source>
        <translation>Газрын зургийн файл</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG зураг (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Хуудас</translation>
    </message>
    <message>
        <source>No layers to map: choose at least one layer in LAYERS.</source>
        <translation>Газрын зурагт оруулах давхарга алга: LAYERS-д дор хаяж нэг давхарга сонгоно уу.</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>«{}» давхаргыг уншиж чадсангүй.</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>«{}» давхаргад координатын систем тодорхойлогдоогүй байна. Давхаргын шинж чанар ▸ Эх сурвалж (Layer Properties ▸ Source) хэсэгт тохируулаад дахин ажиллуулна уу.</translation>
    </message>
    <message>
        <source>Styled &apos;{}&apos; with the planner&apos;s style.</source>
        <translation>«{}» давхаргад төлөвлөгчийн хэв маягийг хэрэглэлээ.</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .pdf, .png or .svg.</source>
        <translation>«{}» үр дүнгийн файл .pdf, .png эсвэл .svg өргөтгөлтэй байх ёстой.</translation>
    </message>
    <message>
        <source>Template: {}</source>
        <translation>Загвар: {}</translation>
    </message>
    <message>
        <source>Cancelled: no map was written.</source>
        <translation>Цуцлагдлаа: газрын зураг бичигдээгүй.</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>Бичлээ: {}</translation>
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
        <translation>Сонгосон давхаргуудаар хэвлэх загвар дээр үндэслэн хэвлэхэд бэлэн газрын зураг үүсгэнэ: гарчиг, дэд гарчиг ба огноо, тухайн нутгийн төвд төвлөрсөн тэнцүү талбайт проекц дахь үндсэн зураг, харуулсан давхаргуудын тайлбар, km-ээр масштабын шугам, хойд зүгийн сум, градусын шошготой координатын тор, Зүүн хойд Азийн байршлын жижиг зураг, өгөгдлийн эх сурвалж (WDPA, Natural Earth болон таны өөрийн эх сурвалж), мөн харуулсан хил албан ёсны биш гэсэн мэдэгдэл.

Давхаргууд өөрийн хэв маягаа хадгална; файлаас ачаалсан давхаргууд төрлөөсөө хамааран төлөвлөгчийн хэв маягийг авна (улс, тусгай хамгаалалттай газар, ус намгархаг газар, амьдрах орчин, цөм бүс, зам, газрын бүрхэвч, коридор…).
Загвар: .qpt файл, эсвэл хоосон бол плагинтай ирдэг хуудас (A4/A3 босоо эсвэл хэвтээ, 16:9 слайд).
Хамрах хүрээ: хоосон = бүх давхарга дээр нь захын зай (тал бүрт хамрах хүрээний хувиар).
Хэл: en, zh, ru, mn, ko, ja хэлний бичвэр ба фонт (Noto Sans / Noto Sans CJK).
Атласын давхарга: объект бүрт нэг хуудас (улс, коридорын холбоос, Рамсарын нэр дэвшигч газар тус бүрт); PDF-д бүх хуудас орно, PNG/SVG бол хуудас бүрт нэг файл (name_002.png …).
Сонирхсон бүсүүд: олон өнцөгт давхарга (судалгааны бүс, цэцэрлэгт хүрээлэн, сав газар); газрын зураг эхлээд бүх давхаргын ерөнхий хуудастай, дараа нь бүс тус бүрд нэрээрээ гарчигласан, тухайн бүс рүү томруулсан нэг хуудастай (хуудас бүр өөрийн тэнцүү талбайт проекц, солбицлын тор, масштабын шугамтай); бүсүүдийн хилийг хуудас бүрт зурна.
Үр дүн: .pdf (вектор, фонт шингээсэн, сонгож болох бичвэртэй), .png (DPI-д заасан инч тутмын цэгийн нягтралтай) эсвэл .svg.</translation>
    </message>
    <message>
        <source>Areas of interest: overview page, then one page per area of</source>
        <translation>Сонирхсон бүсүүд: ерөнхий хуудас, дараа нь бүс тус бүрд нэг хуудас; давхарга</translation>
    </message>
    <message>
        <source>Area name field (page titles)</source>
        <translation>Бүсийн нэрийн талбар (хуудасны гарчиг)</translation>
    </message>
    <message>
        <source>Choose either an atlas layer or areas of interest, not both.</source>
        <translation>Атласын давхарга эсвэл сонирхсон бүсийн аль нэгийг сонгоно уу, хоёуланг нь биш.</translation>
    </message>
    <message>
        <source>The areas of interest layer &apos;{}&apos; has no features: nothing to make pages of.</source>
        <translation>Сонирхсон бүсийн давхарга '{}' объектгүй байна: хуудас үүсгэх зүйл алга.</translation>
    </message>
</context>
<context>
    <name>ProtConnAlgorithm</name>
    <message>
        <source>Protected-area connectivity per country (ProtConn)</source>
        <translation>Улс бүрийн хамгаалалттай газрын холбоот байдал (ProtConn)</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>Тусгай хамгаалалттай газар</translation>
    </message>
    <message>
        <source>Countries (land polygons)</source>
        <translation>Улсууд (хуурай газрын олон өнцөгт)</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Улсын кодын талбар (анхдагч: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Countries to assess (ISO3 codes separated by commas; default: all)</source>
        <translation>Үнэлэх улсууд (таслалаар тусгаарласан ISO3 код; анхдагч: бүгд)</translation>
    </message>
    <message>
        <source>Foreign stepping stones within (m)</source>
        <translation>Гадаадын дамжлага газрын зай (м)</translation>
    </message>
    <message>
        <source>Smallest protected part kept (ha)</source>
        <translation>Хадгалах хамгийн жижиг хамгаалалттай хэсэг (га)</translation>
    </message>
    <message>
        <source>Importance of every node (dPC)</source>
        <translation>Зангилаа бүрийн ач холбогдол (dPC)</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>WDPA-ийн цэгүүдийг мэдээлсэн талбайтай нь тэнцүү тойрог хэлбэрээр зурах (REP_AREA; ойролцоо)</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>Санал болгосон тусгай хамгаалалттай газрыг оруулах (WDPA STATUS 'Proposed')</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>Улс бүрийн ProtConn</translation>
    </message>
    <message>
        <source>ProtConn nodes with their importance (dPC)</source>
        <translation>ProtConn-ийн зангилаанууд ба ач холбогдол (dPC)</translation>
    </message>
    <message>
        <source>{}: Prot {:.2f} %, ProtConn {:.2f} %, ProtConn_Bound {:.2f} % ({} nodes, {} foreign stepping stones).</source>
        <translation>{}: Prot {:.2f} %, ProtConn {:.2f} %, ProtConn_Bound {:.2f} % ({} зангилаа, гадаадын {} дамжлага).</translation>
    </message>
    <message>
        <source>ProtConn, the indicator of Kunming–Montreal target 3 (Saura et al.; the JRC DOPA method): the share of a country's land that is protected and connected.

PROTECTED: protected-area polygons, filtered as in WDPA analyses (no 'Proposed' or 'Not Reported' sites, no UNESCO-MAB Biosphere Reserves; point sites only with BUFFER_POINTS, as circles of their REP_AREA). They are cut at the borders of COUNTRIES (ISO3 codes from COUNTRY_FIELD), dissolved per country and split into single parts: the nodes; parts below MIN_AREA_HA (ha) are dropped. COUNTRY_CODES: the countries to assess, separated by commas (default: every country holding a protected area).
Protected areas of other countries within TRANSBOUNDARY_DISTANCE (m) of the country are stepping stones with no area of their own — also those touching the border and the outer part of a park that straddles it. Distances are edge to edge in an equal-area projection; p = PROBABILITY at MEDIAN_DISTANCE (JRC: 10 km, 0.5).

SUMMARY, one row per country (all in % of the land area unless named otherwise): land_ha, prot_ha, prot, protconn, protunconn = prot − protconn, relconn = 100 protconn / prot; in % of protconn: protconn_trans (owed to the foreign stepping stones), protconn_prot (within dissolved protected land), protconn_unprot (through unprotected land), protconn_within (within single protected areas) and protconn_contig = protconn_prot − protconn_within (across touching areas); the JRC bound correction: sea_outland (what sea and foreign land cut off), protconn_bound = protconn + sea_outland, protunconn_design = prot − protconn_bound; n_nodes, n_foreign.
NODES: the nodes of each assessment with country (assessed), node_country, a (ha; 0 for stepping stones), foreign (1/0), dPC and rank (1 = the node whose loss costs most) — with NODE_IMPORTANCE (advanced; slow for thousands of protected areas), else dPC is empty and rank 0.</source>
        <translation>ProtConn бол Күнмин–Монреалын зорилт 3-ын үзүүлэлт (Saura нар; JRC DOPA арга): улсын хуурай газрын хамгаалалттай бөгөөд холбоотой хэсгийн хувь.

PROTECTED: хамгаалалттай газрын олон өнцөгтүүд, WDPA шинжилгээний адил шүүгдэнэ ('Proposed' эсвэл 'Not Reported' газар, UNESCO-MAB шим мандлын нөөц газрыг оруулахгүй; цэгэн газрыг зөвхөн BUFFER_POINTS-оор REP_AREA талбайтай тойрог болгоно). Тэдгээрийг COUNTRIES-ийн хилээр хуваана (ISO3 код COUNTRY_FIELD-ээс), улс бүрээр нэгтгэж дан хэсгүүдэд салгана: эдгээр нь зангилаанууд; MIN_AREA_HA (га)-аас жижиг хэсгийг хасна. COUNTRY_CODES: үнэлэх улсууд, таслалаар тусгаарлана (анхдагч: хамгаалалттай газартай бүх улс).
Улсаас TRANSBOUNDARY_DISTANCE (м) дотор орших бусад улсын хамгаалалттай газар өөрийн талбайгүй дамжлага болно — хилтэй шүргэлцсэн болон хил дамнасан паркийн гадна хэсэг ч мөн. Зай нь тэнцүү талбайт проекц дахь ирмэгээс ирмэг хүртэл; MEDIAN_DISTANCE дахь p = PROBABILITY (JRC: 10 км, 0.5).

SUMMARY, улс бүрт нэг мөр (өөрөөр заагаагүй бол хуурай газрын талбайн %): land_ha, prot_ha, prot, protconn, protunconn = prot − protconn, relconn = 100 protconn / prot; protconn-ийн %-иар: protconn_trans (гадаадын дамжлагын ачаар), protconn_prot (нэгтгэсэн хамгаалалттай газар дотор), protconn_unprot (хамгаалалтгүй газраар дамжин), protconn_within (тусдаа хамгаалалттай газар дотор) ба protconn_contig = protconn_prot − protconn_within (шүргэлцсэн газруудаар); JRC-ийн хилийн залруулга: sea_outland (далай ба гадаадын газрын таслах хэсэг), protconn_bound = protconn + sea_outland, protunconn_design = prot − protconn_bound; n_nodes, n_foreign.
NODES: үнэлгээ бүрийн зангилаанууд, country (үнэлэгдэж буй улс), node_country, a (га; дамжлагад 0), foreign (1/0), dPC ба rank (1 = алдвал хамгийн их хохирол учруулах зангилаа).
dPC ба rank-ийг зөвхөн NODE_IMPORTANCE-тэй (нэмэлт; мянга мянган хамгаалалттай газарт удаан) тооцно, эс бөгөөс dPC хоосон, rank 0.</translation>
    </message>
</context>
<context>
    <name>RamsarCandidatesAlgorithm</name>
    <message>
        <source>Ramsar candidates (transboundary)</source>
        <translation>Рамсарын нэр дэвшигч газар (хил дамнасан)</translation>
    </message>
    <message>
        <source>Finds candidate Ramsar sites in a wetland layer and splits each into one component per Party (country), with the figures a Ramsar Information Sheet asks for.

Wetlands (and existing Ramsar sites and, optionally, protected areas) closer than the link distance (metres) form one candidate complex; its boundary is the union of its members, optionally joined across narrow gaps by a closing distance (metres) that never reaches outside the members' convex hull or into the sea unless you allow it. The boundary is cut by the countries into national components.

Each component gets: candidate id (C01, C02… west to east), party (ISO3), area_ha (hectares, equal-area projection), centroid_lat/centroid_lon (WGS84 degrees; a point on the surface when the centroid falls outside), extends_abroad (1 when the candidate has components in other countries), adjacent_ramsar (designated Ramsar sites of another Party within the adjacency distance, with their number), criteria (e.g. 2,5,6) and evidence.

Criteria come from the optional tables: COUNTS (site, species, season, count — site as in the wetlands' site field), THRESHOLDS (species, population, threshold_1pct or estimate; thresholds are computed from the estimate with the Waterbird Population Estimates rounding rule: 1 % rounded to the nearest 1 up to 10, 5 up to 100, 10 up to 1,000, 100 above; populations of 2,000,000 or more → 20,000) and SPECIES (species, scientific_name, redlist_category). Criterion 5: 20,000 waterbirds or more regularly; Criterion 6: 1 % of a population regularly; Criterion 2: a VU, EN or CR species counted. &quot;Regularly&quot; (unverified reading of the Ramsar glossary): reached in two thirds of the seasons with counts, with at least 3 seasons; or the mean of the seasonal maxima over at least 5 seasons. Bad table rows (text in numeric columns, negative counts, unknown species or sites) are rejected and listed with their line numbers (header = line 1) in the log.

SUMMARY: one row per candidate (candidate, parties, area_ha, n_members, criteria, evidence). Candidates are illustrative, not official boundaries.</source>
        <translation>Ус намгархаг газрын давхаргаас Рамсарын нэр дэвшигч газруудыг олж, тус бүрийг Гэрээлэгч тал (улс) тус бүрийн хэсэгт хувааж, Рамсарын мэдээллийн хуудсанд шаардагдах үзүүлэлтүүдийг тооцно.

Холбох зайнаас (метрээр) ойр орших ус намгархаг газрууд (мөн одоо байгаа Рамсарын газрууд болон, хүсвэл, тусгай хамгаалалттай газрууд) нэг нэр дэвшигч цогцолбор үүсгэнэ; түүний хил нь гишүүдийнх нь нэгдэл бөгөөд хүсвэл нарийн завсруудыг битүүлэх зайгаар (метрээр) холбож болно; таны зөвшөөрөөгүй бол битүүлэлт гишүүдийн гүдгэр бүрхүүлээс гадагш болон далай руу хэзээ ч гарахгүй. Хилийг улсуудаар нь үндэсний хэсгүүдэд хуваана.

Хэсэг бүр дараах утгуудыг авна: candidate — нэр дэвшигчийн дугаар (C01, C02… баруунаас зүүн тийш), party (ISO3), area_ha (гектар, тэнцүү талбайт проекц), centroid_lat/centroid_lon (WGS84 градус; төв цэг хэсгээс гадна байвал гадарга дээрх цэг), extends_abroad (нэр дэвшигч газар бусад улсад хэсэгтэй бол 1), adjacent_ramsar (хөршийн зайн доторх өөр Гэрээлэгч талын Рамсарын газрууд, тоотой нь), criteria (жишээ нь 2,5,6) ба evidence (үндэслэл).

Шалгуурыг заавал биш хүснэгтүүдээс тодорхойлно: COUNTS (site, species, season, count; site нь ус намгархаг газрын давхаргын газрын талбартай ижил), THRESHOLDS (species, population, threshold_1pct эсвэл estimate; босгыг тооны үнэлгээнээс Waterbird Population Estimates-ийн тоймлох дүрмээр тооцно: 1 %-ийг 10 хүртэл бол 1-ийн, 100 хүртэл бол 5-ын, 1 000 хүртэл бол 10-ын, түүнээс дээш бол 100-гийн хамгийн ойрын үржвэрт тоймлоно; 2 000 000 ба түүнээс дээш тоотой популяцид → 20 000) ба SPECIES (species, scientific_name, redlist_category). 5-р шалгуур: тогтмол 20 000 ба түүнээс дээш усны шувуу; 6-р шалгуур: популяцийн 1 % тогтмол; 2-р шалгуур: VU, EN эсвэл CR ангиллын зүйл тоологдсон. «Тогтмол» (Рамсарын нэр томьёоны тайлбарыг баталгаажуулаагүй байдлаар ойлгосноор): тооллоготой улирлын гуравны хоёрт, дор хаяж 3 улиралд хүрсэн; эсвэл дор хаяж 5 улирлын улирал бүрийн дээд утгуудын дундаж хүрсэн. Алдаатай мөрүүдийг (тоон баганад бичвэр, сөрөг тоо, үл мэдэгдэх зүйл эсвэл газар) хүлээн авахгүй бөгөөд мөрийн дугаартай нь (гарчиг = 1-р мөр) бүртгэлд жагсаана.

SUMMARY: нэр дэвшигч тус бүрт нэг мөр (candidate, parties, area_ha, n_members, criteria, evidence). Нэр дэвшигч газрууд нь жишээ чанартай бөгөөд албан ёсны хил биш.</translation>
    </message>
    <message>
        <source>Wetlands (polygons)</source>
        <translation>Ус намгархаг газар (полигон)</translation>
    </message>
    <message>
        <source>Site key field (matches the counts&apos; site column; default: site, else name)</source>
        <translation>Газрын түлхүүр талбар (тооллогын site баганатай тохирно; анхдагч: site, үгүй бол name)</translation>
    </message>
    <message>
        <source>Countries (polygons)</source>
        <translation>Улсууд (полигон)</translation>
    </message>
    <message>
        <source>Country ISO3 field (default: detect ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Улсын ISO3 талбар (анхдагч: ISO3 / ISO_A3 / ADM0_A3 / GID_0 талбарыг автоматаар илрүүлнэ)</translation>
    </message>
    <message>
        <source>Designated Ramsar sites (polygons)</source>
        <translation>Бүртгэгдсэн Рамсарын газрууд (полигон)</translation>
    </message>
    <message>
        <source>Waterbird counts table (site, species, season, count)</source>
        <translation>Усны шувууны тооллогын хүснэгт (site, species, season, count)</translation>
    </message>
    <message>
        <source>1 % thresholds table (species, population, threshold_1pct or estimate)</source>
        <translation>1 %-ийн босгын хүснэгт (species, population, threshold_1pct эсвэл estimate)</translation>
    </message>
    <message>
        <source>Link distance between wetlands of one complex (m)</source>
        <translation>Нэг цогцолборын ус намгархаг газруудын хоорондох холбох зай (m)</translation>
    </message>
    <message>
        <source>Protected areas to include as members (polygons)</source>
        <translation>Гишүүнээр оруулах тусгай хамгаалалттай газрууд (полигон)</translation>
    </message>
    <message>
        <source>Closing distance across narrow gaps (m; 0 = plain union)</source>
        <translation>Нарийн завсрыг битүүлэх зай (m; 0 = энгийн нэгдэл)</translation>
    </message>
    <message>
        <source>Let the closing reach outside the members&apos; convex hull</source>
        <translation>Битүүлэлтийг гишүүдийн гүдгэр бүрхүүлээс гадагш гарахыг зөвшөөрөх</translation>
    </message>
    <message>
        <source>Let the closing reach into the sea (outside every country)</source>
        <translation>Битүүлэлтийг далай руу (бүх улсын нутгаас гадна) гарахыг зөвшөөрөх</translation>
    </message>
    <message>
        <source>Adjacency distance to another Party&apos;s Ramsar site (m)</source>
        <translation>Өөр Гэрээлэгч талын Рамсарын газар хүртэлх хөршийн зай (m)</translation>
    </message>
    <message>
        <source>Species table (species, scientific_name, redlist_category)</source>
        <translation>Зүйлийн хүснэгт (species, scientific_name, redlist_category)</translation>
    </message>
    <message>
        <source>&quot;Regularly&quot; rule (unverified reading of the Ramsar glossary)</source>
        <translation>«Тогтмол» гэх дүрэм (Рамсарын нэр томьёоны тайлбарыг баталгаажуулаагүй байдлаар ойлгосноор)</translation>
    </message>
    <message>
        <source>Reached in 2/3 of the seasons with counts</source>
        <translation>Тооллоготой улирлын 2/3-т хүрсэн</translation>
    </message>
    <message>
        <source>Mean of seasonal maxima reaches the level</source>
        <translation>Улирал бүрийн дээд утгуудын дундаж түвшинд хүрсэн</translation>
    </message>
    <message>
        <source>Minimum seasons with counts (2/3 rule: 3; mean rule: 5)</source>
        <translation>Тооллоготой улирлын хамгийн бага тоо (2/3 дүрэм: 3; дундажийн дүрэм: 5)</translation>
    </message>
    <message>
        <source>Ramsar candidate components</source>
        <translation>Рамсарын нэр дэвшигч газрын хэсгүүд</translation>
    </message>
    <message>
        <source>Ramsar candidate summary</source>
        <translation>Рамсарын нэр дэвшигч газрын хураангуй</translation>
    </message>
    <message>
        <source>Number of candidates</source>
        <translation>Нэр дэвшигч газрын тоо</translation>
    </message>
    <message>
        <source>Number of national components</source>
        <translation>Үндэсний хэсгийн тоо</translation>
    </message>
    <message>
        <source>Table rows rejected</source>
        <translation>Татгалзсан хүснэгтийн мөр</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>Давхаргуудыг уншиж байна…</translation>
    </message>
    <message>
        <source>{} table rows were rejected (listed above with their line numbers); the other rows were used.</source>
        <translation>Хүснэгтийн {} мөрийг татгалзлаа (мөрийн дугаартай нь дээр жагсаасан); бусад мөрийг ашиглалаа.</translation>
    </message>
    <message>
        <source>No candidate complex found: the outputs are empty.</source>
        <translation>Нэр дэвшигч цогцолбор олдсонгүй: үр дүн хоосон.</translation>
    </message>
    <message>
        <source>Shapefile output: field names are cut to 10 characters and texts to 254 bytes; use a GeoPackage to keep the full evidence.</source>
        <translation>Shape файл хэлбэрийн үр дүн: талбарын нэрийг 10 тэмдэгт, бичвэрийг 254 байт хүртэл таслана; үндэслэлийг бүрэн хадгалахын тулд GeoPackage ашиглана уу.</translation>
    </message>
</context>
<context>
    <name>RamsarPackageAlgorithm</name>
    <message>
        <source>Ramsar designation package</source>
        <translation>Рамсарын газар болгон тогтоох баримт бичгийн багц</translation>
    </message>
    <message>
        <source>Writes the files an Administrative Authority needs to propose its part of a candidate (transboundary) Ramsar site, from the output of &apos;Ramsar candidates (transboundary)&apos;.

For the chosen candidate id (e.g. C02) it creates the folder &lt;id&gt;_&lt;name&gt; in the output folder with one sub-folder per Party (ISO3 code) holding: the boundary as a shapefile in WGS84 (EPSG:4326; .shp .shx .dbf .prj .cpg, UTF-8, field names of at most 10 characters) and as KML; an A4 map (PDF) of the Party&apos;s component with the other Parties&apos; components in grey, graticule in degrees, scale bar in km, north arrow, locator, legend, sources and the statement that the boundary is not official; and a Ramsar Information Sheet field sheet (XLSX and HTML) with the site names in the Party&apos;s language and English, the central coordinates, the area calculated from the GIS boundary in hectares, an empty column for the official area, the two border questions (does the site extend into another country; is it adjacent to another Party&apos;s Ramsar site) and the criteria met with their evidence. At the top level: a combined transboundary map (PDF), a components table (XLSX, HTML) and README.txt.

Language: &apos;auto&apos; labels each Party&apos;s files in English and that Party&apos;s language. Countries (optional) draw the background and the locator. File names are ASCII and safe on Windows; the package is built in a temporary folder and moved into place only when complete (an existing package of the same candidate is replaced).</source>
        <translation>Рамсарын конвенцийн Захиргааны байгууллага нь (хил дамнасан) Рамсарын нэр дэвшигч газрын өөрийн улсад хамаарах хэсгийг санал болгоход шаардагдах файлуудыг «Рамсарын нэр дэвшигч газар (хил дамнасан)» хэрэгслийн үр дүнгээс үүсгэнэ.

Сонгосон нэр дэвшигчийн дугаарт (жишээ нь C02) үр дүнгийн хавтаст &lt;id&gt;_&lt;name&gt; хавтас үүсгэж, Гэрээлэгч тал тус бүрт (ISO3 код) дэд хавтас үүсгэнэ. Дэд хавтаст: WGS84 (EPSG:4326) дахь хил shape файл хэлбэрээр (.shp .shx .dbf .prj .cpg, UTF-8, талбарын нэр 10 тэмдэгтээс ихгүй) болон KML хэлбэрээр; тухайн талын хэсгийн A4 газрын зураг (PDF) — бусад талын хэсгүүд саарал өнгөөр, градусаар координатын тор, km-ээр масштабын шугам, хойд зүгийн сум, байршлын зураг, тайлбар, эх сурвалж, хил албан ёсны биш гэсэн мэдэгдэлтэй; мөн Рамсарын мэдээллийн хуудасны талбаруудын хуудас (XLSX ба HTML) — газрын нэр тухайн талын хэл болон англи хэлээр, төвийн солбицол, ГМС-ийн хилээс тооцсон талбай гектараар, албан ёсны талбайд зориулсан хоосон багана, хилтэй холбоотой хоёр асуулт (газар нь өөр улсын нутагт үргэлжилдэг эсэх; өөр Гэрээлэгч талын Рамсарын газартай зэргэлдээ эсэх), хангасан шалгуурууд үндэслэлийн хамт. Дээд түвшинд: хил дамнасан нэгдсэн газрын зураг (PDF), хэсгүүдийн хүснэгт (XLSX, HTML) ба README.txt.

Хэл: 'auto' бол тал бүрийн файлыг англи хэл болон тухайн талын хэлээр шошголно. Улсууд (заавал биш) нь газрын зургийн дэвсгэр ба байршлын зургийг зурахад ашиглагдана. Файлын нэр зөвхөн ASCII тэмдэгттэй, Windows-д аюулгүй; багцыг түр хавтаст бүрдүүлж, бүрэн болсны дараа л байранд нь зөөнө (ижил нэр дэвшигчийн өмнөх багцыг солино).</translation>
    </message>
    <message>
        <source>Ramsar candidate components (output of Ramsar candidates)</source>
        <translation>Рамсарын нэр дэвшигч газрын хэсгүүд («Рамсарын нэр дэвшигч газар» хэрэгслийн үр дүн)</translation>
    </message>
    <message>
        <source>Candidate id (e.g. C02; empty when the layer holds only one candidate)</source>
        <translation>Нэр дэвшигчийн дугаар (жишээ нь C02; давхаргад ганц нэр дэвшигч байвал хоосон)</translation>
    </message>
    <message>
        <source>Second language of the labels</source>
        <translation>Шошгын хоёр дахь хэл</translation>
    </message>
    <message>
        <source>Each Party&apos;s own language</source>
        <translation>Гэрээлэгч тал тус бүрийн өөрийн хэл</translation>
    </message>
    <message>
        <source>Countries for the map background and locator (polygons)</source>
        <translation>Газрын зургийн дэвсгэр ба байршлын зургийн улсууд (полигон)</translation>
    </message>
    <message>
        <source>Sources statement printed on the maps</source>
        <translation>Газрын зураг дээр хэвлэх эх сурвалжийн мэдэгдэл</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Үр дүнгийн хавтас</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>Багцын хавтас</translation>
    </message>
    <message>
        <source>Number of files written</source>
        <translation>Бичсэн файлын тоо</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Үр дүнгийн хавтсыг сонгоно уу.</translation>
    </message>
    <message>
        <source>Layer CANDIDATES has no coordinate reference system.</source>
        <translation>CANDIDATES давхаргад координатын систем тодорхойлогдоогүй байна.</translation>
    </message>
    <message>
        <source>Candidate boundaries computed with NEASPEC Planner (neaspec:ramsar_candidates) from the user&apos;s layers ({}); illustrative, not official.</source>
        <translation>Нэр дэвшигч газрын хилийг NEASPEC Planner программаар (neaspec:ramsar_candidates) хэрэглэгчийн давхаргуудаас ({}) тооцсон; жишээ чанартай, албан ёсны биш.</translation>
    </message>
    <message>
        <source>No COUNTRIES given: the bundled Natural Earth countries of North-East Asia are drawn as background and locator.</source>
        <translation>COUNTRIES өгөгдөөгүй: плагинтай ирдэг Natural Earth-ийн Зүүн хойд Азийн улсуудыг дэвсгэр ба байршлын зурагт харуулна.</translation>
    </message>
    <message>
        <source> Country outlines: Natural Earth 1:10m (public domain).</source>
        <translation> Улсын хилийн шугам: Natural Earth 1:10m (нийтийн өмч).</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <source>Attribute report (XLSX, CSV, HTML, PDF)</source>
        <translation>Атрибутын тайлан (XLSX, CSV, HTML, PDF)</translation>
    </message>
    <message>
        <source>Writes the attribute tables of result layers and tables as a report for national reporting.

Column headings carry units: area_ha → Area (ha), protected_pct → Protected (%), *_m → metres (shown in km in HTML/PDF when the distances are long); the original field name is kept (second header row in XLSX, [field] in CSV, a list of columns in HTML/PDF).
XLSX: one sheet per table, formatted and frozen header, numbers stay numbers, plus a sheet listing the columns and units.
CSV: UTF-8, one file per table (the first at the output path, the others beside it). The Excel-friendly option adds a byte-order mark and, for languages that write a decimal comma (ru, mn…), uses ';' between columns and ',' in numbers.
HTML: a single file that opens offline (no external resources): sortable tables, a bar chart of the protected share per country (tables with a country column and protected_pct) and a map thumbnail of each spatial layer.
PDF: A4, selectable text, same content as the HTML.
Language: headings, number and date formats (en, zh, ru, mn, ko, ja).</source>
        <translation>Үр дүнгийн давхарга ба хүснэгтүүдийн атрибутын хүснэгтийг үндэсний тайлагналд зориулсан тайлан болгон бичнэ.

Баганын гарчиг нэгжтэй: area_ha → Талбай (га), protected_pct → Хамгаалагдсан (%), *_m → метр (зай урт бол HTML/PDF-д km-ээр харуулна); талбарын анхны нэрийг хадгална (XLSX-д гарчгийн хоёр дахь мөрөнд, CSV-д [талбар] хэлбэрээр, HTML/PDF-д баганын жагсаалтад).
XLSX: хүснэгт бүрт нэг хуудас, форматласан бөгөөд бэхэлсэн гарчигтай, тоо тоогоороо үлдэнэ, мөн багана ба нэгжийн жагсаалт бүхий хуудас.
CSV: UTF-8, хүснэгт бүрт нэг файл (эхнийх нь үр дүнгийн замд, бусад нь түүний хажууд). Excel-д зориулсан сонголт нь байтын дарааллын тэмдэг (BOM) нэмж, аравтын бутархайг таслалаар бичдэг хэлний хувьд (ru, mn…) баганын хооронд ';', тоонд ',' ашиглана.
HTML: интернетгүй нээгддэг ганц файл (гадаад нөөцгүй): эрэмбэлж болох хүснэгтүүд, улс тус бүрийн хамгаалагдсан хувийн баганан диаграм (улсын багана ба protected_pct бүхий хүснэгтэд) болон орон зайн давхарга бүрийн газрын зургийн жижиг зураг.
PDF: A4, сонгож болох бичвэр, HTML-тэй ижил агуулга.
Хэл: гарчиг, тоо ба огнооны формат (en, zh, ru, mn, ko, ja).</translation>
    </message>
    <message>
        <source>Layers and tables</source>
        <translation>Давхарга ба хүснэгт</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Тайлангийн гарчиг</translation>
    </message>
    <message>
        <source>CSV for Excel (BOM, locale separator)</source>
        <translation>Excel-д зориулсан CSV (BOM, хэлний тусгаарлагч)</translation>
    </message>
    <message>
        <source>Map thumbnails in HTML/PDF</source>
        <translation>HTML/PDF дахь газрын зургийн жижиг зураг</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Тайлан</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>Excel ажлын ном (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No layer or table to report: choose at least one in INPUT.</source>
        <translation>Тайланд оруулах давхарга эсвэл хүснэгт алга: INPUT-д дор хаяж нэгийг сонгоно уу.</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .xlsx, .csv, .html or .pdf.</source>
        <translation>«{}» үр дүнгийн файл .xlsx, .csv, .html эсвэл .pdf өргөтгөлтэй байх ёстой.</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>«{}» давхаргыг уншиж чадсангүй.</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>Бичлээ: {}</translation>
    </message>
</context>
<context>
    <name>ResistanceAlgorithm</name>
    <message>
        <source>Resistance surface (species profile)</source>
        <translation>Эсэргүүцлийн гадарга (зүйлийн профиль)</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>Зүйлийн профиль</translation>
    </message>
    <message>
        <source>Cost table (CSV class,cost; required for custom)</source>
        <translation>Зардлын хүснэгт (CSV class,cost; custom профильд заавал)</translation>
    </message>
    <message>
        <source>Barriers (roads, railways, fences)</source>
        <translation>Саад (зам, төмөр зам, хашаа)</translation>
    </message>
    <message>
        <source>Barrier width (m)</source>
        <translation>Саадын өргөн (m)</translation>
    </message>
    <message>
        <source>Barrier cost field</source>
        <translation>Саадын зардлын талбар</translation>
    </message>
    <message>
        <source>Default barrier cost (lines without cost or known type)</source>
        <translation>Саадын анхдагч зардал (зардалгүй эсвэл мэдэгдэх төрөлгүй шугамд)</translation>
    </message>
    <message>
        <source>Treat classes missing from the table as impassable</source>
        <translation>Хүснэгтэд байхгүй ангиллыг нэвтрэх боломжгүй гэж үзэх</translation>
    </message>
    <message>
        <source>Resistance (cost ≥ 1, nodata = impassable)</source>
        <translation>Эсэргүүцэл (зардал ≥ 1, өгөгдөлгүй = нэвтрэх боломжгүй)</translation>
    </message>
    <message>
        <source>The resistance raster is written as GeoTIFF: give the output a .tif name (got &apos;{}&apos;).</source>
        <translation>Эсэргүүцлийн растрыг GeoTIFF форматаар бичнэ: үр дүнд .tif өргөтгөлтэй нэр өгнө үү (өгсөн нэр: «{}»).</translation>
    </message>
    <message>
        <source>Profile '{}': its costs are expert defaults (ED) — adjust them for your region (copy resources/profiles/{}.csv and give it as TABLE).</source>
        <translation>«{}» профиль: түүний зардал нь шинжээчийн анхдагч утга (ED) — өөрийн бүс нутагт тохируулна уу (resources/profiles/{}.csv файлыг хуулж, TABLE болгон өгнө үү).</translation>
    </message>
    <message>
        <source>{} barrier feature(s) read from &apos;{}&apos;.</source>
        <translation>Саадын объект: {} («{}» давхаргаас уншсан).</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>Цуцлагдлаа: үр дүн бичигдээгүй.</translation>
    </message>
    <message>
        <source>Resistance {} × {} cells: cost {} – {}, {} nodata (impassable) cell(s).</source>
        <translation>Эсэргүүцэл {} × {} нүд: зардал {} – {}, өгөгдөлгүй (нэвтрэх боломжгүй) нүд: {}.</translation>
    </message>
    <message>
        <source>Land cover (class raster, or several tiles such as ESA WorldCover)</source>
        <translation>Газрын бүрхэвч (ангиллын растр, эсвэл ESA WorldCover зэрэг хэд хэдэн хавтан)</translation>
    </message>
    <message>
        <source>Elevation (DEM, m; one raster or several tiles) for the slope/ruggedness term</source>
        <translation>Өндөршил (DEM, м; нэг растр эсвэл хэд хэдэн хавтан) налуу/хэрчигдлийн гишүүнд</translation>
    </message>
    <message>
        <source>Aggregate fine cells (mean = average of their costs; mode = majority class)</source>
        <translation>Жижиг нүдийг нэгтгэх (mean = зардлын дундаж; mode = давамгай ангилал)</translation>
    </message>
    <message>
        <source>Analysis cell size (m; default: the land cover&apos;s when projected, else 100)</source>
        <translation>Шинжилгээний нүдний хэмжээ (м; анхдагч: газрын бүрхэвч проекцтой бол түүний нүд, үгүй бол 100)</translation>
    </message>
    <message>
        <source>Target CRS (default: equal-area centred on the extent)</source>
        <translation>Зорилтот координатын систем (анхдагч: хамрах хүрээний төвтэй тэнцүү талбайт)</translation>
    </message>
    <message>
        <source>Extent (default: the land-cover tiles&apos;)</source>
        <translation>Хамрах хүрээ (анхдагч: газрын бүрхэвчийн хавтангуудынх)</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>«{}» растр нь GDAL унших боломжтой файл биш байна; эхлээд GeoTIFF хэлбэрээр хадгална уу.</translation>
    </message>
    <message>
        <source>Turns a land-cover raster into a resistance (cost) raster for least-cost corridors: each cell gets the cost of crossing it for the chosen species, from 1 (easiest) upwards; impassable or unknown cells are nodata (-9999).

&lt;b&gt;The species profiles are expert defaults (ED), not published values: adjust them to your region before using results.&lt;/b&gt; No published class-to-resistance table for these species could be read; the bundled tables (folder resources/profiles of the plugin) give for each number only the direction of effect from qualitative findings and their sources.

Land cover: ESA WorldCover 10 m classes (10 tree cover … 100 moss and lichen; 0 = no data) for the species profiles, or any integer class raster with your own TABLE. LANDCOVER may be several tiles (e.g. ESA WorldCover 3° tiles in EPSG:4326, as downloaded) or a folder of them, in any CRS: they are mosaicked (a VRT), reprojected to TARGET_CRS (default: the Lambert azimuthal equal-area CRS centred on EXTENT) at CELL_SIZE metres (default: the cell of a single projected raster, else 100) over EXTENT (default: the tiles' extent). AGGREGATE mean (default): the cost of every fine cell is looked up first, then averaged over each analysis cell, nodata cells left out; a cell whose fine cells are mostly impassable is impassable. AGGREGATE mode: the majority class of the fine cells, then its cost. The tiles are read block by block within a memory budget printed first; parts of the extent that no tile covers are nodata and reported, with the names of the tiles to add. DEM may be several tiles too: slope and ruggedness are computed in metres on the analysis grid.
Profiles: amur_tiger, amur_leopard, snow_leopard, crane (cranes on foot: chicks or moult; flight between wetlands is not a cost-surface problem), custom (TABLE required).
TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'); lines starting with # are comments. Given with a species profile it replaces that profile's land-cover costs. Classes present in the raster but missing from the table stop the run with their list, unless you treat them as impassable. WorldCover does not separate forest types, paddy from dry cropland, or tidal flats (class 60/80): check those classes.
BARRIERS: roads, railways, fences as lines, burned BARRIER_WIDTH metres wide (all cells the buffered line touches) with the larger of the barrier and land-cover cost. Each line's cost comes from a number in BARRIER_FIELD (default 'cost'; 'impassable' makes it nodata), else from its OSM type (highway, railway, barrier, type or fclass field: motorway 1000, trunk/primary 500, secondary 200, tertiary 80, track 20, rail 300, fence 1000 for tigers — all ED), else BARRIER_COST (lines with no cost and no type: 1000 if BARRIER_COST is empty).
DEM (optional, metres; resampled onto the land-cover grid if needed): tiger and leopard cost ×1.5 on slopes of 30–45° and ×3 above 45°; cranes ×5 above 5°; snow leopard cost lowered in rugged terrain, R × (1 − 0.5·min(TRI/TRI_p90, 1)), never below 1. All ED.</source>
        <translation>Газрын бүрхэвчийн растрыг хамгийн бага зардлын коридорт зориулсан эсэргүүцлийн (зардлын) растр болгоно: нүд бүр сонгосон зүйлийн хувьд түүнийг туулах зардлыг 1-ээс (хамгийн хялбар) дээш утгаар авна; нэвтрэх боломжгүй эсвэл үл мэдэгдэх нүд өгөгдөлгүй (-9999) болно.

&lt;b&gt;Зүйлийн профилиуд нь нийтлэгдсэн утга биш, шинжээчийн анхдагч утга (ED) юм: үр дүнг ашиглахаасаа өмнө өөрийн бүс нутагт тохируулна уу.&lt;/b&gt; Эдгээр зүйлийн хувьд ангиллыг эсэргүүцэлд хөрвүүлэх нийтлэгдсэн хүснэгт олдсонгүй; плагинтай ирдэг хүснэгтүүд (плагины resources/profiles хавтас) тоо бүрт зөвхөн чанарын судалгааны үр дүнгээс гаргасан нөлөөллийн чиглэл ба эх сурвалжийг заана.

Газрын бүрхэвч: зүйлийн профильд ESA WorldCover-ийн 10 m нарийвчлалтай ангиллууд (10 модлог бүрхэвч … 100 хөвд ба хаг; 0 = өгөгдөлгүй), эсвэл өөрийн TABLE-тай дурын бүхэл тоон ангиллын растр. LANDCOVER нь хэд хэдэн хавтан (жишээ нь татаж авсан хэвээрээ EPSG:4326 дахь ESA WorldCover-ийн 3° хавтангууд) эсвэл тэдгээрийг агуулсан хавтас байж болох ба координатын систем нь дурын: тэдгээрийг мозайк (VRT) болгож, TARGET_CRS руу (анхдагч: EXTENT-ийн төвтэй Ламбертын азимутын тэнцүү талбайт систем) CELL_SIZE метрийн нүдтэйгээр (анхдагч: ганц проекцтой растр бол түүний нүд, үгүй бол 100) EXTENT хүрээнд (анхдагч: хавтангуудын хүрээ) дахин проекцолно. AGGREGATE mean (анхдагч): эхлээд жижиг нүд бүрийн зардлыг олж, дараа нь шинжилгээний нүд бүрээр дундажлана, өгөгдөлгүй нүдийг оруулахгүй; жижиг нүдний ихэнх нь нэвтрэх боломжгүй нүд нэвтрэх боломжгүй болно. AGGREGATE mode: жижиг нүднүүдийн давамгай ангилал, дараа нь түүний зардал. Хавтангуудыг эхэнд хэвлэсэн санах ойн төсвийн хүрээнд блокоор уншина; хавтангүй хэсэг өгөгдөлгүй болж, нэмэх хавтангийн нэртэй хамт мэдээлэгдэнэ. DEM ч мөн хэд хэдэн хавтан байж болно: налуу ба хэрчигдлийг шинжилгээний тор дээр метрээр тооцно.
Профилиуд: amur_tiger, amur_leopard, snow_leopard, crane (явган хөдөлж буй тогоруу: дэгдээхэй эсвэл өд гуужиж буй шувуу; ус намгархаг газрын хоорондох нислэгийг зардлын гадаргаар загварчлахгүй), custom (TABLE шаардлагатай).
TABLE: class,cost баганатай CSV файл (cost ≥ 1, эсвэл 'impassable'); # тэмдгээр эхэлсэн мөр тайлбар болно. Зүйлийн профильтой хамт өгвөл тухайн профилийн газрын бүрхэвчийн зардлыг орлоно. Растрт байгаа боловч хүснэгтэд байхгүй ангилал байвал, тэдгээрийг нэвтрэх боломжгүй гэж үзэхийг сонгоогүй бол тооцоо тэдгээрийн жагсаалтыг гаргаад зогсоно. WorldCover нь ойн төрлийг, цагаан будааны усалгаатай талбайг хуурай тариалангаас, мөн түрлэг татлагын эргийг (60/80-р ангилал) ялгадаггүй: эдгээр ангиллыг шалгана уу.
BARRIERS: шугам хэлбэрийн зам, төмөр зам, хашааг BARRIER_WIDTH метр өргөнөөр (буферласан шугамын хүрсэн бүх нүд) растрт шингээж, саадын болон газрын бүрхэвчийн зардлын ихийг нь авна. Шугам бүрийн зардлыг BARRIER_FIELD талбарын тоон утгаас (анхдагч нь 'cost'; 'impassable' бол өгөгдөлгүй болно), үгүй бол OSM төрлөөс (highway, railway, barrier, type эсвэл fclass талбар: motorway 1000, trunk/primary 500, secondary 200, tertiary 80, track 20, rail 300, барын хувьд fence 1000 — бүгд ED), үгүй бол BARRIER_COST-оос авна (зардалгүй, төрөлгүй шугамд: BARRIER_COST хоосон бол 1000).
DEM (заавал биш, метрээр; шаардлагатай бол газрын бүрхэвчийн торонд дахин түүвэрлэнэ): бар ба ирвэсийн зардал 30–45° налуутай газарт ×1.5, 45°-аас их налуутай газарт ×3; тогоруунд 5°-аас их налуутай газарт ×5; цоохор ирвэсийн зардлыг хад асга ихтэй газарт бууруулна: R × (1 − 0.5·min(TRI/TRI_p90, 1)), гэхдээ 1-ээс бага болохгүй. Бүгд ED.</translation>
    </message>
</context>
</TS>
