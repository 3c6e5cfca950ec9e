<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmChain</name>
    <message>
        <source>Running {} ({}/{})…</source>
        <translation>Выполняется: {} ({}/{})…</translation>
    </message>
    <message>
        <source>The algorithm failed; see the log.</source>
        <translation>Ошибка алгоритма; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>CompareOptionsAlgorithm</name>
    <message>
        <source>Compare corridor options</source>
        <translation>Сравнение вариантов коридоров</translation>
    </message>
    <message>
        <source>Runs the least-cost corridors (as in 'Least-cost corridors and gaps') on a BASELINE resistance and on each option, for the workshop side-by-side.

OPTIONS: layers, each named by its layer name. A raster is an alternative resistance (resampled onto the baseline grid if needed). A line or polygon layer is applied to a copy of the baseline: a numeric 'cost' field sets the cost of every cell the features touch ('impassable' blocks them); otherwise a 'type' field: crossing and restoration lower the cost to the baseline's lowest cost (normally 1), barrier makes the cells impassable. A layer with neither field is taken by its name (a name with 'crossing', 'restor', 'barrier' or 'fence').
MAX_DISTANCE (m) and CORRIDOR_WIDTH (cost × m) as in the corridors tool; PROTECTED and COUNTRIES (optional) make gap_ha the corridor area outside protected areas.

TABLE: one row per link and option (the baseline included) with link (from-to core ids), option, lcd (cost × m), lcd_change_pct (against the baseline; negative = easier), cwd_to_euclid and gap_ha. CHANGES: a folder with one GeoTIFF per option, changes_&lt;option&gt;.tif: +1 corridor gained, −1 corridor lost, 0 corridor in both, nodata elsewhere.</source>
        <translation>Строит коридоры наименьшей стоимости (как инструмент «Коридоры наименьшей стоимости и пробелы в охране») на базовом сопротивлении BASELINE и на каждом варианте, чтобы сравнить их рядом на семинаре.

OPTIONS: слои; каждый вариант называется по имени своего слоя. Растр — это альтернативное сопротивление (при необходимости передискретизируется на сетку базового растра). Линейный или полигональный слой применяется к копии базового растра: числовое поле 'cost' задаёт стоимость всех ячеек, которых касаются объекты ('impassable' делает их непроходимыми); иначе используется поле 'type': crossing (переход) и restoration (восстановление) снижают стоимость до наименьшей стоимости базового растра (обычно 1), barrier (барьер) делает ячейки непроходимыми. Слой без этих полей распознаётся по имени (имя содержит 'crossing', 'restor', 'barrier' или 'fence').
MAX_DISTANCE (m) и CORRIDOR_WIDTH (стоимость × m) — как в инструменте коридоров; PROTECTED и COUNTRIES (необязательные) позволяют вычислить gap_ha — площадь коридора вне охраняемых территорий.

TABLE: по одной строке на связь и вариант (включая базовый) с полями link (идентификаторы ключевых участков «от-до»), option, lcd (стоимость × m), lcd_change_pct (относительно базового варианта; отрицательное значение = легче), cwd_to_euclid и gap_ha. CHANGES: каталог с одним файлом GeoTIFF на вариант, changes_&lt;option&gt;.tif: +1 — коридор появился, −1 — коридор исчез, 0 — коридор есть в обоих случаях, «нет данных» — в остальных ячейках.</translation>
    </message>
    <message>
        <source>Baseline resistance raster (cost per metre, projected CRS)</source>
        <translation>Базовый растр сопротивления (стоимость на метр, проекционная СК)</translation>
    </message>
    <message>
        <source>Options (resistance rasters, or crossings / restorations / barriers layers)</source>
        <translation>Варианты (растры сопротивления или слои переходов / восстановления / барьеров)</translation>
    </message>
    <message>
        <source>Comparison table (link × option)</source>
        <translation>Таблица сравнения (связь × вариант)</translation>
    </message>
    <message>
        <source>Folder for the change rasters (one per option)</source>
        <translation>Каталог для растров изменений (по одному на вариант)</translation>
    </message>
    <message>
        <source>Option raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>Растр варианта '{}' не является файлом, который может прочитать GDAL; сначала сохраните его как GeoTIFF.</translation>
    </message>
    <message>
        <source>Option layer &apos;{}&apos; has no coordinate reference system.</source>
        <translation>У слоя варианта '{}' не задана система координат.</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; is neither a raster nor a vector layer.</source>
        <translation>Вариант '{}' не является ни растровым, ни векторным слоем.</translation>
    </message>
    <message>
        <source>{} option(s) compared on {} link(s).</source>
        <translation>Сравнено вариантов: {}, связей: {}.</translation>
    </message>
</context>
<context>
    <name>ConnectivityAlgorithm</name>
    <message>
        <source>Network connectivity (PC, IIC, dPC)</source>
        <translation>Связность сети (PC, IIC, dPC)</translation>
    </message>
    <message>
        <source>How well a network of patches (habitat patches, protected areas, wetland sites of a flyway) is connected, and which patch matters most — the probability of connectivity (PC) and the integral index of connectivity (IIC) of Saura et al., as Conefor computes them.

PATCHES: polygons; features with the same PATCH_ID form one node. ATTRIBUTE (optional, ≥ 0): the node weight a; default the area in ha. DISTANCE: edge (between the polygons, 0 when they touch) or centroid (of the largest part). Distances and areas are metres and hectares in an equal-area projection (EPSG:4326 input is reprojected).
Kernel: p = PROBABILITY at MEDIAN_DISTANCE (m), p_ij = p^(d_ij/d). MIN_PROBABILITY: pairs below it are not linked (0 = no cut-off; pairs below 1e-12 never are; 0.01 reproduces Makurhini). IIC_DISTANCE (m, default MEDIAN_DISTANCE): patches at most this far apart are linked for IIC.
LANDSCAPE_AREA (ha) or STUDY_AREA (polygons) give A_L; default the patches' area sum.

NODES: the patches with a, country (with COUNTRIES), dPC = dPCintra + dPCflux + dPCconnector (% of PC lost without the patch: its own area, its flow with the others, its role as a stepping stone), the same for dIIC, and rank (1 = highest dPC). LINKS: lines between linked pairs with distance_m and p. SUMMARY: one row per metric (PC, IIC): numerator, index, ec (equivalent connected area, ha), landscape (A_L), intra_pct, direct_pct, step_pct (they add up to 100) and n_nodes.

Every pair is solved with compiled shortest paths on −ln p, and every node's dPC without solving the network again for each node (docs/algorithms/connectivity.md).</source>
        <translation>Насколько связана сеть участков (местообитаний, ООПТ, водно-болотных угодий пролётного пути) и какой участок важнее всего — вероятность связности (PC) и интегральный индекс связности (IIC) Саура и соавт., как их вычисляет Conefor.

PATCHES: полигоны; объекты с одинаковым PATCH_ID образуют один узел. ATTRIBUTE (необязательно, ≥ 0): вес узла a; по умолчанию площадь в га. DISTANCE: edge (между полигонами, 0 при касании) или centroid (центроид наибольшей части). Расстояния и площади — в метрах и гектарах в равновеликой проекции (данные в EPSG:4326 перепроецируются).
Ядро: p = PROBABILITY на дистанции MEDIAN_DISTANCE (м), p_ij = p^(d_ij/d). MIN_PROBABILITY: пары с меньшей вероятностью не связываются (0 = без отсечения; пары ниже 1e-12 не связываются никогда; 0.01 воспроизводит Makurhini). IIC_DISTANCE (м, по умолчанию MEDIAN_DISTANCE): участки не дальше этого расстояния связаны для IIC.
LANDSCAPE_AREA (га) или STUDY_AREA (полигоны) задают A_L; по умолчанию сумма площадей участков.

NODES: участки с a, country (при заданном COUNTRIES), dPC = dPCintra + dPCflux + dPCconnector (% PC, теряемый без участка: его собственная площадь, поток с другими, роль промежуточного звена), то же для dIIC, и rank (1 = наибольший dPC). LINKS: линии между связанными парами с distance_m и p. SUMMARY: по строке на показатель (PC, IIC): numerator, index, ec (эквивалентная связанная площадь, га), landscape (A_L), intra_pct, direct_pct, step_pct (в сумме 100) и n_nodes.

Все пары решаются скомпилированным поиском кратчайших путей по −ln p, а dPC каждого узла — без повторного решения всей сети для каждого узла (docs/algorithms/connectivity.md).</translation>
    </message>
    <message>
        <source>Patches (habitat, protected areas or wetland sites)</source>
        <translation>Участки (местообитания, ООПТ или водно-болотные угодья)</translation>
    </message>
    <message>
        <source>Patch id field</source>
        <translation>Поле идентификатора участка</translation>
    </message>
    <message>
        <source>Node weight field (default: area in ha)</source>
        <translation>Поле веса узла (по умолчанию площадь, га)</translation>
    </message>
    <message>
        <source>Distance between patches</source>
        <translation>Расстояние между участками</translation>
    </message>
    <message>
        <source>Median dispersal distance d (m)</source>
        <translation>Медианная дистанция расселения d (м)</translation>
    </message>
    <message>
        <source>Probability p at the median distance</source>
        <translation>Вероятность p на медианной дистанции</translation>
    </message>
    <message>
        <source>Minimum probability of a link (0 = no cut-off)</source>
        <translation>Минимальная вероятность связи (0 = без отсечения)</translation>
    </message>
    <message>
        <source>IIC link distance (m, default: the median distance)</source>
        <translation>Дистанция связи для IIC (м, по умолчанию медианная)</translation>
    </message>
    <message>
        <source>Landscape area A_L (ha, default: the patches&apos; area sum)</source>
        <translation>Площадь ландшафта A_L (га, по умолчанию сумма площадей участков)</translation>
    </message>
    <message>
        <source>Study area (its area is A_L)</source>
        <translation>Район исследования (его площадь — A_L)</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>Страны (поле ISO3 / ISO_A3 / ADM0_A3)</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Поле кода страны (по умолчанию: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Nodes with their importance (dPC, dIIC)</source>
        <translation>Узлы и их значимость (dPC, dIIC)</translation>
    </message>
    <message>
        <source>Links with their probability</source>
        <translation>Связи и их вероятность</translation>
    </message>
    <message>
        <source>Connectivity summary (PC, IIC)</source>
        <translation>Сводка связности (PC, IIC)</translation>
    </message>
    <message>
        <source>Choose the patch id field.</source>
        <translation>Выберите поле идентификатора участка.</translation>
    </message>
    <message>
        <source>{} patch feature(s) read from &apos;{}&apos;.</source>
        <translation>Прочитано объектов-участков: {} из «{}».</translation>
    </message>
    <message>
        <source>PC = {:.6g}, EC = {:,.1f} (intra {:.1f} %, direct {:.1f} %, stepping stones {:.1f} %); {} node(s), {} link(s).</source>
        <translation>PC = {:.6g}, EC = {:,.1f} (внутри участков {:.1f} %, прямые связи {:.1f} %, через промежуточные участки {:.1f} %); узлов: {}, связей: {}.</translation>
    </message>
</context>
<context>
    <name>CorridorsAlgorithm</name>
    <message>
        <source>Least-cost corridors and gaps</source>
        <translation>Коридоры наименьшей стоимости и пробелы в охране</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>Ключевые участки</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>Поле ID участка</translation>
    </message>
    <message>
        <source>Resistance raster (cost per metre, projected CRS)</source>
        <translation>Растр сопротивления (стоимость на метр, проекционная СК)</translation>
    </message>
    <message>
        <source>Maximum link distance, edge to edge (m)</source>
        <translation>Максимальное расстояние связи, от края до края (m)</translation>
    </message>
    <message>
        <source>Corridor width (cost × m above the least-cost distance)</source>
        <translation>Ширина коридора (стоимость × m сверх расстояния наименьшей стоимости)</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>Страны (поле ISO3 / ISO_A3 / ADM0_A3)</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>Охраняемые территории</translation>
    </message>
    <message>
        <source>Links (least-cost paths)</source>
        <translation>Связи (пути наименьшей стоимости)</translation>
    </message>
    <message>
        <source>Corridors (NLCC, cost × m)</source>
        <translation>Коридоры (NLCC, стоимость × m)</translation>
    </message>
    <message>
        <source>Corridor gaps (outside protected areas)</source>
        <translation>Пробелы в охране коридоров (вне охраняемых территорий)</translation>
    </message>
    <message>
        <source>Choose the core id field.</source>
        <translation>Выберите поле идентификатора ключевого участка.</translation>
    </message>
    <message>
        <source>{} core feature(s) read from &apos;{}&apos;.</source>
        <translation>Прочитано объектов ключевых участков: {} из '{}'.</translation>
    </message>
    <message>
        <source>The corridor raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>Растр коридоров записывается в формате GeoTIFF: укажите имя файла с расширением .tif (указано '{}').</translation>
    </message>
    <message>
        <source>{} link(s); {} transboundary; corridor gaps {:.1f} ha.</source>
        <translation>Связей: {}; трансграничных: {}; пробелы в охране коридоров: {:.1f} ha.</translation>
    </message>
    <message>
        <source>No links: fewer than two cores, or no pair within the maximum distance. The outputs are empty.</source>
        <translation>Связей нет: ключевых участков меньше двух или ни одна пара не находится в пределах максимального расстояния. Результаты пусты.</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, as in Linkage Mapper, and the parts of them outside protected areas, per country.

CORES: polygons (a multi-part feature, or several features with the same CORE_ID, is one core; a core smaller than a cell uses the cell it lies in). RESISTANCE: cost of crossing one metre of each cell (≥ 1; zero or negative cells stop the run; nodata is impassable), in a projected CRS in metres.
Cost model: 8 neighbours; a move costs the mean of the two cells' costs × the step length in metres (GRASS r.cost's default). All costs (lcd, CORRIDOR_WIDTH, the corridor raster) are in cost × metres: crossing 1 km of cost-1 land costs 1000.
MAX_DISTANCE (m): cores whose edges are at most this far apart (straight line) are linked. CORRIDOR_WIDTH (cost × m): cells whose normalised least-cost corridor value NLCC = CWD_A + CWD_B − LCD is at most this are in the corridor (0 on the least-cost path).

LINKS: the least-cost path of each link with from_id, to_id, lcd (least-cost distance), euclid_m (edge-to-edge), path_m, cwd_to_euclid, cwd_to_path (mean cost along the path), countries crossed (ISO3, in path order), transboundary (1/0), unprotected_m (path length outside PROTECTED) and rank (1 = lowest cwd_to_euclid, the best-connected link). CORRIDORS: the NLCC mosaic (minimum over links) where ≤ CORRIDOR_WIDTH, nodata elsewhere. GAPS: corridor area outside PROTECTED, one polygon per link and country, with area_ha (equal-area).

DROP_THROUGH_CORES (default on): a link whose least-cost path runs through a third core is dropped (it is redundant with the links to that core); the log lists them.

The results are those of a search over the whole raster: each core's cost distance is computed once, in a window around it that is checked to give the whole-raster answer (else searched again in a larger one). The run is refused up front with a memory estimate if it would need more than 4 GiB.</source>
        <translation>Коридоры наименьшей стоимости между ключевыми участками (как в Linkage Mapper) и их части вне охраняемых территорий, по странам.

CORES: полигоны (многочастный объект или несколько объектов с одинаковым CORE_ID образуют один ключевой участок; участок меньше ячейки представлен ячейкой, в которой он находится). RESISTANCE: стоимость пересечения одного метра каждой ячейки (≥ 1; нулевые или отрицательные значения останавливают расчёт; «нет данных» — непроходимо) в проекционной системе координат в метрах.
Модель стоимости: 8 соседей; шаг стоит среднее стоимостей двух ячеек × длина шага в метрах (как по умолчанию в GRASS r.cost). Все стоимости (lcd, CORRIDOR_WIDTH, растр коридоров) выражены в единицах «стоимость × метры»: пересечение 1 km территории со стоимостью 1 стоит 1000.
MAX_DISTANCE (m): связываются ключевые участки, края которых отстоят друг от друга (по прямой) не более чем на это расстояние. CORRIDOR_WIDTH (стоимость × m): в коридор входят ячейки, у которых нормированное значение коридора наименьшей стоимости NLCC = CWD_A + CWD_B − LCD не превышает этой величины (0 на пути наименьшей стоимости).

LINKS: путь наименьшей стоимости для каждой связи с полями from_id, to_id, lcd (расстояние наименьшей стоимости), euclid_m (от края до края), path_m, cwd_to_euclid, cwd_to_path (средняя стоимость вдоль пути), countries (пересекаемые страны, ISO3, в порядке следования по пути), transboundary (1/0), unprotected_m (длина пути вне PROTECTED) и rank (1 = наименьшее cwd_to_euclid, т. е. наилучшим образом связанная пара). CORRIDORS: мозаика NLCC (минимум по всем связям) там, где она ≤ CORRIDOR_WIDTH, «нет данных» в остальных ячейках. GAPS: площадь коридоров вне PROTECTED, по одному полигону на связь и страну, с area_ha (равновеликая проекция).

DROP_THROUGH_CORES (по умолчанию включено): связь, путь наименьшей стоимости которой проходит через третий ключевой участок, удаляется (она избыточна при наличии связей с этим участком); журнал перечисляет такие связи.

Результаты совпадают с поиском по всему растру: взвешенное по стоимости расстояние от каждого ключевого участка вычисляется один раз, в окне вокруг него, для которого проверено, что оно даёт тот же ответ, что и весь растр (иначе поиск повторяется в большем окне). Если расчёту потребуется более 4 GiB памяти, он отклоняется заранее с оценкой необходимого объёма памяти.</translation>
    </message>
    <message>
        <source>Drop links whose least-cost path runs through a third core</source>
        <translation>Удалять связи, путь которых проходит через третий ключевой участок</translation>
    </message>
    <message>
        <source>Such a link is redundant with the links to that core (Linkage Mapper&apos;s default). Dropped links are listed in the log.</source>
        <translation>Такая связь избыточна при наличии связей с этим участком (по умолчанию в Linkage Mapper). Удалённые связи перечислены в журнале.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>The maximum link distance must be positive (got {value} m).</source>
        <translation>Максимальное расстояние связи должно быть положительным (задано {value} м).</translation>
    </message>
    <message>
        <source>The corridor width must be zero or positive (got {value}).</source>
        <translation>Ширина коридора должна быть нулевой или положительной (задано {value}).</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>Растр «{name}» повёрнут; сначала трансформируйте его в сетку, ориентированную на север.</translation>
    </message>
    <message>
        <source>Core {names} of layer &apos;{layer}&apos; lies outside the resistance raster &apos;{raster}&apos;. Clip the cores to the raster or use a raster covering them.</source>
        <translation>Ключевой участок {names} слоя «{layer}» лежит вне растра сопротивления «{raster}». Обрежьте участки по растру или используйте растр, который их покрывает.</translation>
    </message>
    <message>
        <source>This run would need about {need} of memory (raster {rows} × {cols} cells, {windows} core windows), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE.</source>
        <translation>Для этого расчёта потребуется около {need} памяти (растр {rows} × {cols} ячеек, окон ключевых участков: {windows}), больше бюджета {budget}. Используйте более грубый растр сопротивления (крупнее ячейки), обрежьте его по области исследования или уменьшите MAX_DISTANCE.</translation>
    </message>
    <message>
        <source>An exact cost distance from {name} needs a window of {cells} cells, more than the memory budget allows ({allowed} cells). Use a coarser resistance raster (larger cells), clip it to the study area, or lower MAX_DISTANCE or CORRIDOR_WIDTH.</source>
        <translation>Точное взвешенное по стоимости расстояние от {name} требует окна из {cells} ячеек — больше, чем позволяет бюджет памяти ({allowed} ячеек). Используйте более грубый растр сопротивления (крупнее ячейки), обрежьте его по области исследования или уменьшите MAX_DISTANCE или CORRIDOR_WIDTH.</translation>
    </message>
    <message>
        <source>{table} line {line}: {reason}</source>
        <translation>{table}, строка {line}: {reason}</translation>
    </message>
    <message>
        <source>{table} feature {line}: {reason}</source>
        <translation>{table}, объект {line}: {reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no station id field (looked for {fields}; fields: {present}).</source>
        <translation>В слое «{layer}» нет поля с кодом станции (искали {fields}; поля: {present}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; must hold points (one per station).</source>
        <translation>Слой «{layer}» должен содержать точки (по одной на станцию).</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a number ({value})</source>
        <translation>«{field}» — не число ({value})</translation>
    </message>
    <message>
        <source>negative effort ({value} days)</source>
        <translation>отрицательное усилие ({value} дн.)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date ({value}); use YYYY-MM-DD</source>
        <translation>«{field}» — не дата ({value}); используйте YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is in the future ({value})</source>
        <translation>«{field}» в будущем ({value})</translation>
    </message>
    <message>
        <source>end date before start date</source>
        <translation>дата окончания раньше даты начала</translation>
    </message>
    <message>
        <source>no location (empty geometry)</source>
        <translation>нет местоположения (пустая геометрия)</translation>
    </message>
    <message>
        <source>no station id</source>
        <translation>нет кода станции</translation>
    </message>
    <message>
        <source>station &apos;{station}&apos; is already placed elsewhere (line {line})</source>
        <translation>станция «{station}» уже стоит в другом месте (строка {line})</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has neither &apos;effort_days&apos; nor &apos;start&apos; and &apos;end&apos;: effort is 0 and cells with stations count as surveyed.</source>
        <translation>В слое «{layer}» нет ни 'effort_days', ни 'start' и 'end': усилие равно 0, ячейки со станциями считаются обследованными.</translation>
    </message>
    <message>
        <source>{layer}: {count} station row(s) without effort (no &apos;effort_days&apos;, no start and end dates) count as surveyed with 0 days: lines {lines}.</source>
        <translation>{layer}: {count} строк(и) станций без усилия (нет 'effort_days', нет дат начала и окончания) считаются обследованными с 0 дней: строки {lines}.</translation>
    </message>
    <message>
        <source>{layer}: {count} station(s) lie outside every country polygon: {stations}. Check their coordinates (and CRS); their detections count in the grid, and in a country only through their &apos;country&apos; value.</source>
        <translation>{layer}: {count} станц(ий) вне всех полигонов стран: {stations}. Проверьте их координаты (и СК); их регистрации учитываются в сетке, а в стране — только по их значению 'country'.</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;{field}&apos; column (columns: {present}).</source>
        <translation>В таблице «{layer}» нет столбца '{field}' (столбцы: {present}).</translation>
    </message>
    <message>
        <source>Table &apos;{layer}&apos; has no &apos;station&apos; column and no points: detections need a station or a location.</source>
        <translation>В таблице «{layer}» нет ни столбца 'station', ни точек: регистрации нужна станция или местоположение.</translation>
    </message>
    <message>
        <source>unknown station &apos;{station}&apos; (not in the stations layer, or left out there)</source>
        <translation>неизвестная станция «{station}» (её нет в слое станций, или она там отброшена)</translation>
    </message>
    <message>
        <source>no station and no location</source>
        <translation>нет ни станции, ни местоположения</translation>
    </message>
    <message>
        <source>no species</source>
        <translation>нет вида</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <source>date in the future ({value})</source>
        <translation>дата в будущем ({value})</translation>
    </message>
    <message>
        <source>duplicate of line {line}</source>
        <translation>дубликат строки {line}</translation>
    </message>
    <message>
        <source>{layer}: {count} detection(s) dated outside their station's start–end dates (kept; check the dates): lines {lines}.</source>
        <translation>{layer}: {count} регистрац(ий) вне дат работы своей станции (оставлены; проверьте даты): строки {lines}.</translation>
    </message>
    <message>
        <source>The cell size must be a positive number of metres (got {value}).</source>
        <translation>Размер ячейки должен быть положительным числом метров (получено {value}).</translation>
    </message>
    <message>
        <source>No station, detection point or habitat to build the grid on: give stations with locations, or an extent.</source>
        <translation>Нет ни станций, ни точек регистраций, ни местообитаний, на которых строить сетку: задайте станции с координатами или охват.</translation>
    </message>
    <message>
        <source>The grid would have {cells} cells of {size} m ({nx} × {ny}); the limit is {limit}. Use larger cells or a smaller extent.</source>
        <translation>В сетке было бы {cells} ячеек по {size} м ({nx} × {ny}); предел {limit}. Увеличьте ячейки или уменьшите охват.</translation>
    </message>
    <message>
        <source>Grid: {nx} × {ny} cells of {size} m in the common monitoring CRS (LAEA 45° N 120° E, origin 0, 0).</source>
        <translation>Сетка: {nx} × {ny} ячеек по {size} м в общей СК мониторинга (LAEA 45° с. ш. 120° в. д., начало 0, 0).</translation>
    </message>
    <message>
        <source>{count} station(s) lie outside the grid&apos;s extent and are left out of it: {stations}.</source>
        <translation>{count} станц(ий) вне охвата сетки и в неё не вошли: {stations}.</translation>
    </message>
    <message>
        <source>{count} detection(s) lie outside the grid&apos;s extent and are left out of it.</source>
        <translation>{count} регистрац(ий) вне охвата сетки и в неё не вошли.</translation>
    </message>
    <message>
        <source>{count} row(s) left out (listed with their line numbers).</source>
        <translation>Отброшено строк: {count} (перечислены с номерами строк).</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no coordinate reference system.</source>
        <translation>У растра «{layer}» нет системы координат.</translation>
    </message>
    <message>
        <source>Raster '{layer}' has {count} cells with a negative conductance, e.g. row {row}, column {col} (value {value}). Conductances must be ≥ 0; set impassable cells to 0 or nodata.</source>
        <translation>В растре «{layer}» {count} ячеек с отрицательной проводимостью, например строка {row}, столбец {col} (значение {value}). Проводимость должна быть ≥ 0; непроходимым ячейкам задайте 0 или nodata.</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has {count} cells with zero or negative resistance, e.g. row {row}, column {col} (value {value}). Resistances must be &gt; 0; set impassable cells to nodata.</source>
        <translation>В растре «{layer}» {count} ячеек с нулевым или отрицательным сопротивлением, например строка {row}, столбец {col} (значение {value}). Сопротивление должно быть &gt; 0; непроходимым ячейкам задайте nodata.</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; has no cell that conducts: every cell is nodata (or has conductance 0).</source>
        <translation>В растре «{layer}» нет проводящих ячеек: все ячейки — nodata (или с проводимостью 0).</translation>
    </message>
    <message>
        <source>CONNECTIONS must be 4 or 8 (got {value}).</source>
        <translation>CONNECTIONS должно быть 4 или 8 (получено {value}).</translation>
    </message>
    <message>
        <source>AVERAGE must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>AVERAGE должно быть «resistance» или «conductance» (получено «{value}»).</translation>
    </message>
    <message>
        <source>This circuit would need about {need} of memory ({nodes} nodes on a {rows} × {cols} grid), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to the study area, or give a CORRIDORS raster to solve inside the corridors only.</source>
        <translation>Для этой цепи нужно около {need} памяти ({nodes} узлов на сетке {rows} × {cols}) — больше бюджета {budget}. Возьмите более грубый растр сопротивления (крупнее ячейки), обрежьте его по району исследования или задайте растр CORRIDORS, чтобы решать только внутри коридоров.</translation>
    </message>
    <message>
        <source>The circuit for {pair} could not be solved accurately (backward error {residual}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances (e.g. at 10⁶ times the smallest) or set impassable cells to nodata, and run again.</source>
        <translation>Цепь для {pair} не удалось решить точно (обратная ошибка {residual}): сопротивления охватывают слишком много порядков для двойной точности. Ограничьте наибольшие сопротивления (например, 10⁶ × наименьшего) или задайте непроходимым ячейкам nodata и запустите снова.</translation>
    </message>
    <message>
        <source>The circuit for {pair} gave inconsistent results (resistance {resistance} but dissipated power {power}): the resistances span too many orders of magnitude for double precision. Cap the largest resistances or set impassable cells to nodata, and run again.</source>
        <translation>Цепь для {pair} дала несогласованные результаты (сопротивление {resistance}, но рассеянная мощность {power}): сопротивления охватывают слишком много порядков для двойной точности. Ограничьте наибольшие сопротивления или задайте непроходимым ячейкам nodata и запустите снова.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each focal node.</source>
        <translation>В слое «{layer}» нет поля «{field}». Выберите поле, которое обозначает каждый фокусный узел.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no fields &apos;from_id&apos; and &apos;to_id&apos;: give the LINKS output of the corridor tool.</source>
        <translation>В слое «{layer}» нет полей «from_id» и «to_id»: укажите выход LINKS инструмента коридоров.</translation>
    </message>
    <message>
        <source>RESISTANCE_IS must be &apos;resistance&apos; or &apos;conductance&apos; (got &apos;{value}&apos;).</source>
        <translation>RESISTANCE_IS должно быть «resistance» или «conductance» (получено «{value}»).</translation>
    </message>
    <message>
        <source>The pinch-point percentile must be from 0 to below 100 (got {value}).</source>
        <translation>Процентиль узких мест должен быть от 0 до менее 100 (получено {value}).</translation>
    </message>
    <message>
        <source>Raster &apos;{layer}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>Растр «{layer}» повёрнут; сначала трансформируйте его в сетку, ориентированную на север.</translation>
    </message>
    <message>
        <source>The corridor raster '{layer}' is not on the resistance raster's grid ({rows} × {cols} cells, same origin and cell size). Use the CORRIDORS output made from this resistance raster.</source>
        <translation>Растр коридоров «{layer}» не совпадает с сеткой растра сопротивления ({rows} × {cols} ячеек, то же начало и размер ячейки). Используйте выход CORRIDORS, построенный по этому растру сопротивления.</translation>
    </message>
    <message>
        <source>The corridor raster &apos;{layer}&apos; has no corridor cell (every cell is nodata).</source>
        <translation>В растре коридоров «{layer}» нет ни одной ячейки коридора (все ячейки — nodata).</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Файл не найден: {path}</translation>
    </message>
    <message>
        <source>No {what} raster was given.</source>
        <translation>Не задан растр {what}.</translation>
    </message>
    <message>
        <source>Raster '{name}' has no coordinate reference system. Set it (Layer Properties ▸ Source) and run again.</source>
        <translation>У растра «{name}» нет системы координат. Задайте её (Свойства слоя ▸ Источник) и запустите снова.</translation>
    </message>
    <message>
        <source>Cannot build a mosaic of the tiles {names}: {error}</source>
        <translation>Не удалось собрать мозаику из тайлов {names}: {error}</translation>
    </message>
    <message>
        <source>Cannot reproject the tiles onto the analysis grid: {error}</source>
        <translation>Не удалось перепроецировать тайлы на сетку анализа: {error}</translation>
    </message>
    <message>
        <source>{what}: {pct} % of the extent has no tile, so no data there (output nodata): {where}.</source>
        <translation>{what}: {pct} % охвата не покрыто тайлами, там нет данных (в результате «нет данных»): {where}.</translation>
    </message>
    <message>
        <source>EXTENT must have xmax &gt; xmin and ymax &gt; ymin (got {extent}).</source>
        <translation>Для EXTENT должно быть xmax &gt; xmin и ymax &gt; ymin (получено {extent}).</translation>
    </message>
    <message>
        <source>TARGET_CRS &apos;{name}&apos; is not a projected CRS in metres; leave it empty for the equal-area CRS centred on the extent.</source>
        <translation>TARGET_CRS «{name}» — не проекционная система координат в метрах; оставьте поле пустым, чтобы использовать равновеликую проекцию с центром в охвате.</translation>
    </message>
    <message>
        <source>CELL_SIZE must be a positive number of metres (got {cell}).</source>
        <translation>CELL_SIZE должен быть положительным числом метров (получено {cell}).</translation>
    </message>
    <message>
        <source>The analysis grid would have {rows} × {cols} cells at {cell} m: too many. Use a larger CELL_SIZE or a smaller EXTENT.</source>
        <translation>Сетка анализа при {cell} m содержала бы {rows} × {cols} ячеек — слишком много. Увеличьте CELL_SIZE или уменьшите EXTENT.</translation>
    </message>
    <message>
        <source>Land-cover tile &apos;{name}&apos; is stored as {type}: tiles must hold integer class codes (Byte, UInt16, Int16, Int32, like ESA WorldCover). Convert it with gdal_translate -ot Byte or Int32.</source>
        <translation>Тайл земного покрова «{name}» хранится как {type}: тайлы должны содержать целочисленные коды классов (Byte, UInt16, Int16, Int32, как ESA WorldCover). Преобразуйте его командой gdal_translate -ot Byte или Int32.</translation>
    </message>
    <message>
        <source>{n} land-cover tile(s) in another CRS than the others reprojected on the fly: {names}.</source>
        <translation>Тайлов земного покрова в другой системе координат, чем остальные, перепроецировано на лету: {n} ({names}).</translation>
    </message>
    <message>
        <source>AGGREGATE must be one of {allowed} (got &apos;{value}&apos;).</source>
        <translation>AGGREGATE должен быть одним из: {allowed} (получено «{value}»).</translation>
    </message>
    <message>
        <source>The extent does not overlap any land-cover tile ({names}).</source>
        <translation>Охват не пересекается ни с одним тайлом земного покрова ({names}).</translation>
    </message>
    <message>
        <source>Analysis grid: {rows} × {cols} cells of {cell} m in {crs}, from {n} land-cover tile(s), aggregate '{aggregate}'.</source>
        <translation>Сетка анализа: {rows} × {cols} ячеек по {cell} m в {crs}, из тайлов земного покрова: {n}, агрегирование «{aggregate}».</translation>
    </message>
    <message>
        <source>DEM: {n} tile(s) reprojected onto the analysis grid ({method} resampling); slope and ruggedness in metres at {cell} m.</source>
        <translation>DEM: тайлов перепроецировано на сетку анализа: {n} (передискретизация {method}); уклон и расчленённость рельефа — в метрах при {cell} m.</translation>
    </message>
    <message>
        <source>{n} cell(s) impassable because most of their fine cells are of impassable classes.</source>
        <translation>Непроходимых ячеек: {n} — большинство их мелких ячеек относится к непроходимым классам.</translation>
    </message>
    <message>
        <source>Folder &apos;{folder}&apos; holds no raster tiles (.tif, .tiff, .vrt, .img, .hgt, .jp2) for {what}.</source>
        <translation>В папке «{folder}» нет растровых тайлов (.tif, .tiff, .vrt, .img, .hgt, .jp2) для {what}.</translation>
    </message>
    <message>
        <source>Tiles to add for {what} (none exists where the gap is open sea): {names}.</source>
        <translation>Тайлы, которые нужно добавить для {what} (там, где пробел приходится на открытое море, тайлов нет): {names}.</translation>
    </message>
    <message>
        <source>Memory budget: about {mb} MB (GDAL block cache {cache} MB, warp buffers {warp} MB, blocks of {rows} rows × {cols} columns {block} MB, the rest {base} MB); it does not grow with the size of the tiles.</source>
        <translation>Бюджет памяти: около {mb} MB (кэш блоков GDAL {cache} MB, буферы перепроецирования {warp} MB, блоки по {rows} строк × {cols} столбцов {block} MB, остальное {base} MB); он не растёт с размером тайлов.</translation>
    </message>
    <message>
        <source>The median dispersal distance must be more than 0 m (got {value}).</source>
        <translation>Медианная дистанция расселения должна быть больше 0 м (задано {value}).</translation>
    </message>
    <message>
        <source>The probability at the median distance must lie between 0 and 1, both excluded (got {value}).</source>
        <translation>Вероятность на медианной дистанции должна быть строго между 0 и 1 (задано {value}).</translation>
    </message>
    <message>
        <source>The minimum probability must lie between 0 (no cut-off) and 1 (got {value}).</source>
        <translation>Минимальная вероятность должна лежать между 0 (без отсечения) и 1 (задано {value}).</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' must hold a number ≥ 0 for every patch; patch '{patch}' has '{value}' ({count} such patches). Fill or fix the field, or leave ATTRIBUTE empty to use the patch area.</source>
        <translation>Слой «{layer}»: поле «{field}» должно содержать число ≥ 0 для каждого участка; у участка «{patch}» значение «{value}» (таких участков: {count}). Заполните или исправьте поле либо оставьте ATTRIBUTE пустым, чтобы использовать площадь участка.</translation>
    </message>
    <message>
        <source>The IIC link distance must be 0 m or more (got {value}).</source>
        <translation>Дистанция связи для IIC должна быть не меньше 0 м (задано {value}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>У слоя «{layer}» нет поля «{field}».</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} patch(es) have no value in &apos;{field}&apos;. Give every patch an id.</source>
        <translation>Слой «{layer}»: у {count} участк(ов) нет значения в поле «{field}». Задайте идентификатор каждому участку.</translation>
    </message>
    <message>
        <source>The transboundary distance must be 0 m or more (got {value}).</source>
        <translation>Трансграничная дистанция должна быть не меньше 0 м (задано {value}).</translation>
    </message>
    <message>
        <source>Country code(s) {codes} are not in layer &apos;{layer}&apos; (field &apos;{field}&apos;). Use codes of that field, e.g. {example}.</source>
        <translation>Коды стран {codes} отсутствуют в слое «{layer}» (поле «{field}»). Используйте коды из этого поля, например {example}.</translation>
    </message>
    <message>
        <source>Layer '{layer}' has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>У слоя «{layer}» нет системы координат. Задайте её в QGIS (Свойства слоя ▸ Источник) и запустите снова.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has an unreadable coordinate reference system: {error}</source>
        <translation>Систему координат слоя «{layer}» не удаётся прочитать: {error}</translation>
    </message>
    <message>
        <source>Raster '{raster}' is in a geographic CRS ({crs}): cell sizes are in degrees, not metres. Reproject it to a projected CRS in metres first (Raster ▸ Projections ▸ Warp), e.g. a Lambert azimuthal equal-area or UTM CRS.</source>
        <translation>Растр «{raster}» в географической системе координат ({crs}): размер ячеек в градусах, а не в метрах. Сначала перепроецируйте его в проекцию в метрах (Растр ▸ Проекции ▸ Трансформировать), например в равновеликую азимутальную проекцию Ламберта или UTM.</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; uses &apos;{unit}&apos; as its unit; reproject it to a CRS in metres.</source>
        <translation>Единица растра «{raster}» — «{unit}»; перепроецируйте его в систему координат в метрах.</translation>
    </message>
    <message>
        <source>No country code field found (looked for {candidates}; fields: {fields}). Choose the field holding ISO 3166 alpha-3 codes.</source>
        <translation>Поле с кодом страны не найдено (искали {candidates}; поля: {fields}). Выберите поле с трёхбуквенными кодами ISO 3166.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;; fields: {fields}.</source>
        <translation>У слоя «{layer}» нет поля «{field}»; поля: {fields}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {error}</source>
        <translation>Слой «{layer}»: {error}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is not a WDPA file: it has neither WDPAID (legacy WDPA) nor SITE_ID with SITE_TYPE/REALM/PRNT_ISO3 (WDPCA). Pick the Protected Planet download, or a layer with those fields.</source>
        <translation>Слой «{layer}» — не файл WDPA: в нём нет ни WDPAID (прежняя WDPA), ни SITE_ID с SITE_TYPE/REALM/PRNT_ISO3 (WDPCA). Выберите загрузку Protected Planet или слой с этими полями.</translation>
    </message>
    <message>
        <source>Layer '{layer}' has points but no REP_AREA field (reported area, km²) to draw them as circles.</source>
        <translation>В слое «{layer}» есть точки, но нет поля REP_AREA (заявленная площадь, км²), чтобы нарисовать их кругами.</translation>
    </message>
    <message>
        <source>Layer '{layer}' holds points (a WDPA point file: {count} sites have no boundary). Use the WDPA polygon file, or tick the option to draw each point as a circle of its reported area (REP_AREA) — an approximation, flagged in the output.</source>
        <translation>Слой «{layer}» содержит точки (точечный файл WDPA: у {count} территорий нет границ). Используйте полигональный файл WDPA или включите параметр, рисующий каждую точку кругом её заявленной площади (REP_AREA), — это приближение, оно отмечается в результате.</translation>
    </message>
    <message>
        <source>{field} codes {wrong} do not exist; valid codes: {valid}</source>
        <translation>Коды {field} {wrong} не существуют; допустимые коды: {valid}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no PRESENCE, ORIGIN or SEASONAL field: is it an IUCN Red List or BirdLife range map?</source>
        <translation>В слое «{layer}» нет полей PRESENCE, ORIGIN или SEASONAL: это карта ареала из Красного списка МСОП или BirdLife?</translation>
    </message>
    <message>
        <source>Unknown legend &apos;{legend}&apos; (no {file} in resources/legends).</source>
        <translation>Неизвестная легенда «{legend}» (в resources/legends нет {file}).</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos; has neither a &apos;cost&apos; nor a &apos;type&apos; field. Add a numeric &apos;cost&apos; (the new cost of the cells it covers) or a &apos;type&apos; (crossing, restoration or barrier).</source>
        <translation>У слоя варианта «{layer}» нет ни поля «cost», ни поля «type». Добавьте числовое поле «cost» (новая стоимость покрываемых ячеек) или «type» (crossing, restoration или barrier).</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: unknown type &apos;{kind}&apos;. Use crossing, restoration or barrier (or give a numeric &apos;cost&apos;).</source>
        <translation>Слой варианта «{layer}», объект {feature}: неизвестный тип «{kind}». Используйте crossing, restoration или barrier (или задайте числовое «cost»).</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost &apos;{cost}&apos; is not a number (or &apos;impassable&apos;).</source>
        <translation>Слой варианта «{layer}», объект {feature}: стоимость «{cost}» — не число (и не «impassable»).</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature}: cost {cost:g} must be &gt; 0; use &apos;impassable&apos; for a barrier.</source>
        <translation>Слой варианта «{layer}», объект {feature}: стоимость {cost:g} должна быть &gt; 0; для барьера используйте «impassable».</translation>
    </message>
    <message>
        <source>Option layer &apos;{layer}&apos;, feature {feature} has neither a cost nor a type.</source>
        <translation>У объекта {feature} слоя варианта «{layer}» нет ни стоимости, ни типа.</translation>
    </message>
    <message>
        <source>Option &apos;{option}&apos; has neither a raster nor a layer.</source>
        <translation>У варианта «{option}» нет ни растра, ни слоя.</translation>
    </message>
    <message>
        <source>Give at least one option (a resistance raster or a layer of crossings, restorations or barriers).</source>
        <translation>Задайте хотя бы один вариант (растр сопротивления или слой переходов, восстановлений или барьеров).</translation>
    </message>
    <message>
        <source>Option names must be unique and not &apos;{baseline}&apos;: {names}. Rename the layers.</source>
        <translation>Названия вариантов должны быть уникальны и не равны «{baseline}»: {names}. Переименуйте слои.</translation>
    </message>
    <message>
        <source>Layer '{layer}' ({role}) holds points, but polygons are needed. Protected Planet publishes sites without a boundary as points with a reported area (REP_AREA, km²): buffer them to circles of that area first (radius = sqrt(REP_AREA × 1,000,000 / π) metres, in a projected CRS): tick 'Draw WDPA points as circles of their reported area (REP_AREA)' of this tool, or use Vector ▸ Geoprocessing ▸ Buffer.</source>
        <translation>Слой «{layer}» ({role}) содержит точки, а нужны полигоны. Protected Planet публикует территории без границ как точки с заявленной площадью (REP_AREA, км²): сначала постройте вокруг них круги этой площади (радиус = sqrt(REP_AREA × 1 000 000 / π) метров, в проекции в метрах): включите в этом инструменте «Рисовать точки WDPA кругами их заявленной площади (REP_AREA)» или используйте Вектор ▸ Геообработка ▸ Буфер.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds points, but polygons are needed.</source>
        <translation>Слой «{layer}» ({role}) содержит точки, а нужны полигоны.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({role}) holds no polygons (lines or other geometries); choose a polygon layer.</source>
        <translation>Слой «{layer}» ({role}) не содержит полигонов (линии или другие геометрии); выберите полигональный слой.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no {field} field for the breakdown; choose another breakdown or add the field.</source>
        <translation>У слоя «{layer}» нет поля {field} для разбивки; выберите другую разбивку или добавьте поле.</translation>
    </message>
    <message>
        <source>Raster '{raster}' has no coordinate reference system. Assign one (Raster ▸ Projections ▸ Assign Projection) and run again.</source>
        <translation>У растра «{raster}» нет системы координат. Назначьте её (Растр ▸ Проекции ▸ Назначить проекцию) и запустите снова.</translation>
    </message>
    <message>
        <source>Cannot warp raster &apos;{raster}&apos; to the equal-area grid: {error}</source>
        <translation>Не удаётся трансформировать растр «{raster}» в равновеликую сетку: {error}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; holds fractional values (a suitability surface?): set &apos;Suitability threshold&apos; so that cells at or above it count as habitat.</source>
        <translation>Растр «{raster}» содержит дробные значения (поверхность пригодности?): задайте «Порог пригодности», чтобы ячейки со значением не ниже него считались местообитанием.</translation>
    </message>
    <message>
        <source>REGULARLY must be one of {rules}, not &apos;{value}&apos;.</source>
        <translation>REGULARLY должен быть одним из {rules}, а не «{value}».</translation>
    </message>
    <message>
        <source>{parameter} must be a distance of 0 metres or more (got {value}).</source>
        <translation>{parameter} должно быть расстоянием 0 метров или больше (получено {value}).</translation>
    </message>
    <message>
        <source>The minimum number of seasons must be at least 1.</source>
        <translation>Минимальное число сезонов должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>Table {table} has no column {wanted} (columns: {columns}).</source>
        <translation>В таблице {table} нет столбца {wanted} (столбцы: {columns}).</translation>
    </message>
    <message>
        <source>Table {table} needs a &apos;threshold_1pct&apos; or an &apos;estimate&apos; column (columns: {columns}).</source>
        <translation>Таблице {table} нужен столбец «threshold_1pct» или «estimate» (столбцы: {columns}).</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has {geometry} geometries; polygons are needed. Buffer points by their reported area first (e.g. Vector ▸ Geoprocessing ▸ Buffer).</source>
        <translation>Слой {role} («{layer}») содержит геометрии типа {geometry}; нужны полигоны. Сначала постройте буферы точек по заявленной площади (например, Вектор ▸ Геообработка ▸ Буфер).</translation>
    </message>
    <message>
        <source>Layer {role} ('{layer}') has no coordinate reference system. Set it in QGIS (Layer Properties ▸ Source) and run again.</source>
        <translation>У слоя {role} («{layer}») нет системы координат. Задайте её в QGIS (Свойства слоя ▸ Источник) и запустите снова.</translation>
    </message>
    <message>
        <source>Layer WETLANDS (&apos;{layer}&apos;) has no site field &apos;{field}&apos; (fields: {fields}). Choose it in SITE_FIELD.</source>
        <translation>У слоя WETLANDS («{layer}») нет поля участка «{field}» (поля: {fields}). Выберите его в SITE_FIELD.</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a raster: it may be corrupt or truncated ({error}).</source>
        <translation>Не удаётся открыть «{path}» как растр: файл может быть повреждён или обрезан ({error}).</translation>
    </message>
    <message>
        <source>Cannot read raster &apos;{path}&apos;: {error}</source>
        <translation>Не удаётся прочитать растр «{path}»: {error}</translation>
    </message>
    <message>
        <source>Output folder is missing or not writable: {folder}</source>
        <translation>Папка результатов отсутствует или недоступна для записи: {folder}</translation>
    </message>
    <message>
        <source>Raster &apos;{raster}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>У растра «{raster}» нет системы координат. Задайте её и запустите снова.</translation>
    </message>
    <message>
        <source>Cannot resample &apos;{raster}&apos; onto the grid: {error}</source>
        <translation>Не удаётся пересчитать «{raster}» на сетку: {error}</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}</source>
        <translation>Не удаётся создать {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{path}&apos; as a vector file: it may be corrupt or truncated ({error}).</source>
        <translation>Не удаётся открыть «{path}» как векторный файл: файл может быть повреждён или обрезан ({error}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; not found in &apos;{path}&apos;.</source>
        <translation>Слой «{layer}» не найден в «{path}».</translation>
    </message>
    <message>
        <source>Unsupported output format &apos;{suffix}&apos; for {path}; use .gpkg, .shp, .geojson or .kml.</source>
        <translation>Неподдерживаемый формат результата «{suffix}» для {path}; используйте .gpkg, .shp, .geojson или .kml.</translation>
    </message>
    <message>
        <source>Output folder does not exist: {folder}</source>
        <translation>Папка результатов не существует: {folder}</translation>
    </message>
    <message>
        <source>Output folder is not writable: {folder}</source>
        <translation>Папка результатов недоступна для записи: {folder}</translation>
    </message>
    <message>
        <source>Cannot create layer &apos;{layer}&apos; in {path}: {error}</source>
        <translation>Не удаётся создать слой «{layer}» в {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot create field &apos;{field}&apos; in {path}.</source>
        <translation>Не удаётся создать поле «{field}» в {path}.</translation>
    </message>
    <message>
        <source>Writing {file} failed: {written} of {count} features written.</source>
        <translation>Запись {file} не удалась: записано {written} из {count} объектов.</translation>
    </message>
    <message>
        <source>{error} ({parameter})</source>
        <translation>{error} ({parameter})</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that identifies each core area.</source>
        <translation>У слоя «{layer}» нет поля «{field}». Выберите поле, которое идентифицирует каждый ключевой участок.</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies outside the resistance raster. Clip the cores to the raster&apos;s extent or use a larger raster.</source>
        <translation>Ключевой участок «{core}» лежит вне растра сопротивления. Обрежьте ключевые участки по охвату растра или возьмите растр побольше.</translation>
    </message>
    <message>
        <source>Core &apos;{core}&apos; lies only on nodata (impassable) cells of the resistance raster. Give its cells a cost or move the core.</source>
        <translation>Ключевой участок «{core}» лежит только на ячейках растра сопротивления со значением nodata (непроходимых). Задайте этим ячейкам стоимость или переместите участок.</translation>
    </message>
    <message>
        <source>Raster '{name}' has {count} cells with zero or negative cost, e.g. row {row}, column {column} (x={x:.1f}, y={y:.1f}) with value {value:g}. Costs must be &gt; 0 (normally ≥ 1); set impassable cells to nodata instead.</source>
        <translation>В растре «{name}» {count} ячеек с нулевой или отрицательной стоимостью, например строка {row}, столбец {column} (x={x:.1f}, y={y:.1f}) со значением {value:g}. Стоимость должна быть &gt; 0 (обычно ≥ 1); непроходимым ячейкам вместо этого задайте nodata.</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no valid cells: every cell is nodata.</source>
        <translation>В растре «{name}» нет допустимых ячеек: все ячейки — nodata.</translation>
    </message>
    <message>
        <source>{what} &apos;{path}&apos; not found.</source>
        <translation>{what} «{path}» не найдена.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; is not a text CSV file (binary content); save it as CSV (comma separated, UTF-8) with the columns class,cost.</source>
        <translation>{what} «{file}» — не текстовый файл CSV (двоичное содержимое); сохраните её как CSV (через запятую, UTF-8) со столбцами class,cost.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; cannot be read as text; save it as UTF-8 CSV.</source>
        <translation>{what} «{file}» не читается как текст; сохраните её как CSV в UTF-8.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has no rows; it needs the columns class,cost.</source>
        <translation>{what} «{file}» не содержит строк; нужны столбцы class,cost.</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost '{text}' is not a number. Write a number ≥ 1, or 'impassable' for a class that cannot be crossed.</source>
        <translation>{what} «{file}», строка {line}: стоимость «{text}» — не число. Укажите число ≥ 1 или 'impassable' для класса, который нельзя пересечь.</translation>
    </message>
    <message>
        <source>{what} '{file}', line {line}: cost {text} is below 1. Costs are resistances ≥ 1 (1 = easiest to cross); rescale the table, e.g. R' = 1 + (R − Rmin)·999/(Rmax − Rmin).</source>
        <translation>{what} «{file}», строка {line}: стоимость {text} меньше 1. Стоимости — это сопротивления ≥ 1 (1 = легче всего пересечь); перемасштабируйте таблицу, например R' = 1 + (R − Rmin)·999/(Rmax − Rmin).</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>Таблица стоимостей</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: the header must name the columns &apos;class&apos; and &apos;cost&apos; (found: {found}).</source>
        <translation>{what} «{file}», строка {line}: в заголовке должны быть столбцы 'class' и 'cost' (найдено: {found}).</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: expected at least the columns class,cost; found &apos;{found}&apos;.</source>
        <translation>{what} «{file}», строка {line}: нужны как минимум столбцы class,cost; найдено «{found}».</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class &apos;{value}&apos; is not an integer class code.</source>
        <translation>{what} «{file}», строка {line}: класс «{value}» — не целочисленный код класса.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos;, line {line}: class {cls} is already given on line {first}; keep one row per class.</source>
        <translation>{what} «{file}», строка {line}: класс {cls} уже задан в строке {first}; оставьте по одной строке на класс.</translation>
    </message>
    <message>
        <source>{what} &apos;{file}&apos; has a header but no rows.</source>
        <translation>{what} «{file}» содержит заголовок, но не содержит строк.</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles} (custom needs a TABLE).</source>
        <translation>Неизвестный профиль вида «{profile}»; используйте один из: {profiles} (для custom нужна TABLE).</translation>
    </message>
    <message>
        <source>Barrier table</source>
        <translation>Таблица барьеров</translation>
    </message>
    <message>
        <source>The land-cover raster has non-integer values (e.g. {value} at block row {row}, column {column}): it must hold integer class codes.</source>
        <translation>В растре земного покрова есть нецелые значения (например, {value} в строке {row}, столбце {column} блока): он должен содержать целочисленные коды классов.</translation>
    </message>
    <message>
        <source>DEM &apos;{name}&apos; has no coordinate reference system. Set it and run again.</source>
        <translation>У DEM «{name}» нет системы координат. Задайте её и запустите снова.</translation>
    </message>
    <message>
        <source>Cannot read DEM &apos;{name}&apos;: it may be corrupt or truncated ({reason}).</source>
        <translation>Не удаётся прочитать DEM «{name}»: файл может быть повреждён или обрезан ({reason}).</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has values that are not numbers in {count} feature(s): {examples}. Write a cost ≥ 1, 'impassable', or leave it empty.</source>
        <translation>Слой «{layer}»: в поле «{field}» нечисловые значения у объектов ({count}): {examples}. Укажите стоимость ≥ 1, 'impassable' или оставьте пустым.</translation>
    </message>
    <message>
        <source>Layer '{layer}': field '{field}' has costs below 1 in {count} feature(s): {examples}. Barrier costs are resistances ≥ 1.</source>
        <translation>Слой «{layer}»: в поле «{field}» стоимости меньше 1 у объектов ({count}): {examples}. Стоимости барьеров — это сопротивления ≥ 1.</translation>
    </message>
    <message>
        <source>none for the custom profile</source>
        <translation>нет для собственного профиля</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: {count} line(s) have a type with no barrier cost for profile &apos;{profile}&apos;: {listing}. Known types: {known}. Add a numeric &apos;{field}&apos; field, remove those lines (e.g. minor roads), or set BARRIER_COST.</source>
        <translation>Слой «{layer}»: у линий ({count}) тип без стоимости барьера для профиля «{profile}»: {listing}. Известные типы: {known}. Добавьте числовое поле «{field}», удалите эти линии (например, второстепенные дороги) или задайте BARRIER_COST.</translation>
    </message>
    <message>
        <source>The default barrier cost must be ≥ 1 (got {cost:g}).</source>
        <translation>Стоимость барьера по умолчанию должна быть ≥ 1 (получено {cost:g}).</translation>
    </message>
    <message>
        <source>Barrier width must be a positive number of metres (got {width}).</source>
        <translation>Ширина барьеров должна быть положительным числом метров (получено {width}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; holds points (e.g. feature {feature}); barriers must be lines (roads, railways, fences).</source>
        <translation>Слой «{layer}» содержит точки (например, объект {feature}); барьеры должны быть линиями (дороги, железные дороги, ограждения).</translation>
    </message>
    <message>
        <source>Cannot read '{name}' at rows {first}–{last}: the file may be corrupt or truncated ({reason}).</source>
        <translation>Не удаётся прочитать «{name}» в строках {first}–{last}: файл может быть повреждён или обрезан ({reason}).</translation>
    </message>
    <message>
        <source>Unknown species profile &apos;{profile}&apos;; use one of {profiles}.</source>
        <translation>Неизвестный профиль вида «{profile}»; используйте один из: {profiles}.</translation>
    </message>
    <message>
        <source>The custom profile needs a TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'). Start from a copy of a bundled profile.</source>
        <translation>Для собственного профиля нужна TABLE: файл CSV со столбцами class,cost (стоимость ≥ 1 или 'impassable'). Начните с копии одного из встроенных профилей.</translation>
    </message>
    <message>
        <source>Land cover &apos;{name}&apos; has classes missing from the cost table &apos;{table}&apos;: {listing}. Add a row &apos;class,cost&apos; for each to a copy of the table and give it as TABLE, or choose to treat unknown classes as impassable.</source>
        <translation>В земном покрове «{name}» есть классы, которых нет в таблице стоимостей «{table}»: {listing}. Добавьте для каждого строку 'class,cost' в копию таблицы и укажите её как TABLE или выберите считать неизвестные классы непроходимыми.</translation>
    </message>
    <message>
        <source>Layer {layer} has no field &apos;{field}&apos;: use the output of &apos;Ramsar candidates (transboundary)&apos; (neaspec:ramsar_candidates).</source>
        <translation>У слоя {layer} нет поля «{field}»: используйте результат алгоритма «Кандидаты в Рамсарские угодья (трансграничные)» (neaspec:ramsar_candidates).</translation>
    </message>
    <message>
        <source>Choose a candidate id in CANDIDATE (available: {available}).</source>
        <translation>Выберите идентификатор кандидата в CANDIDATE (доступны: {available}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; is not in layer {layer} (available: {available}).</source>
        <translation>Кандидата «{candidate}» нет в слое {layer} (доступны: {available}).</translation>
    </message>
    <message>
        <source>Candidate &apos;{candidate}&apos; has {count} components without geometry in {layer}.</source>
        <translation>У кандидата «{candidate}» {count} компонентов без геометрии в {layer}.</translation>
    </message>
    <message>
        <source>Cannot create the output folder {folder}: {reason}</source>
        <translation>Не удаётся создать папку результатов {folder}: {reason}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;: QGIS cannot open {source}</source>
        <translation>Слой «{layer}»: QGIS не может открыть {source}</translation>
    </message>
    <message>
        <source>{layer}: {skipped} features without geometry or &apos;{focal_id}&apos; skipped.</source>
        <translation>{layer}: пропущено объектов без геометрии или без значения «{focal_id}»: {skipped}.</translation>
    </message>
    <message>
        <source>Focal node '{node}' lies outside the raster: its pairs get −1.</source>
        <translation>Фокусный узел «{node}» лежит за пределами растра: его парам присвоено −1.</translation>
    </message>
    <message>
        <source>Pinch points: {cells} cells in {parts} link × country parts.</source>
        <translation>Узкие места: ячеек — {cells}, частей «связь × страна» — {parts}.</translation>
    </message>
    <message>
        <source>{layer}: {unknown} links whose cores are not among the focal nodes skipped.</source>
        <translation>{layer}: пропущено связей, ключевые участки которых не входят в число фокусных узлов: {unknown}.</translation>
    </message>
    <message>
        <source>Fewer than two focal nodes in &apos;{layer}&apos;: nothing to solve.</source>
        <translation>В «{layer}» меньше двух фокусных узлов: решать нечего.</translation>
    </message>
    <message>
        <source>Focal node '{ident}' lies only on nodata cells: its pairs get −1.</source>
        <translation>Фокусный узел «{ident}» лежит только на ячейках nodata: его парам присвоено −1.</translation>
    </message>
    <message>
        <source>{skipped} pairs farther apart than {max_distance:g} m not solved.</source>
        <translation>Не решено пар, удалённых друг от друга более чем на {max_distance:g} m: {skipped}.</translation>
    </message>
    <message>
        <source>{nodes} focal nodes, {pairs} pairs; grid {rows} × {cols}, {graph} nodes.</source>
        <translation>Фокусных узлов: {nodes}, пар: {pairs}; сетка {rows} × {cols}, узлов графа: {graph}.</translation>
    </message>
    <message>
        <source>No CORRIDORS raster given: pinch points are computed inside corridors only.</source>
        <translation>Растр CORRIDORS не задан: узкие места вычисляются только внутри коридоров.</translation>
    </message>
    <message>
        <source>{count} pairs not connected (resistance −1): {names}.</source>
        <translation>Несвязанных пар (сопротивление −1): {count} — {names}.</translation>
    </message>
    <message>
        <source>{count} pairs of cores joined by a corridor.</source>
        <translation>Пар ключевых участков, соединённых коридором: {count}.</translation>
    </message>
    <message>
        <source>No corridor joins '{a}' and '{b}': resistance −1.</source>
        <translation>Ни один коридор не соединяет «{a}» и «{b}»: сопротивление −1.</translation>
    </message>
    <message>
        <source>Link {label}: the corridor cells beside its path do not join its cores; solved in all the corridor pieces joining them.</source>
        <translation>Связь {label}: ячейки коридора вдоль её пути не соединяют её ключевые участки; решено во всех фрагментах коридоров, которые их соединяют.</translation>
    </message>
    <message>
        <source>{layer}: distances and areas in {crs} (metres, equal-area).</source>
        <translation>{layer}: расстояния и площади в {crs} (метры, равновеликая проекция).</translation>
    </message>
    <message>
        <source>{layer}: {count} features share a patch id with another and were merged into one node each.</source>
        <translation>{layer}: объектов с идентификатором участка, совпадающим с другим объектом: {count}; объекты с одинаковым идентификатором объединены в один узел.</translation>
    </message>
    <message>
        <source>{layer}: no patch with a measurable geometry; the outputs are empty.</source>
        <translation>{layer}: нет ни одного участка с измеримой геометрией; результаты пусты.</translation>
    </message>
    <message>
        <source>{layer}: a single patch; PC is its own a² / A_L², and there are no links.</source>
        <translation>{layer}: только один участок; PC равен его собственному a² / A_L², связей нет.</translation>
    </message>
    <message>
        <source>{pairs} pairs within reach for PC (p ≥ {p:g}, d ≤ {pc_reach:,.0f} m); {links} IIC links (d ≤ {iic_distance:,.0f} m).</source>
        <translation>Пар в пределах досягаемости для PC (p ≥ {p:g}, d ≤ {pc_reach:,.0f} m): {pairs}; связей IIC (d ≤ {iic_distance:,.0f} m): {links}.</translation>
    </message>
    <message>
        <source>No pair of patches within reach: every patch is isolated (PC = intra-patch only).</source>
        <translation>Нет ни одной пары участков в пределах досягаемости: все участки изолированы (PC — только связность внутри участков).</translation>
    </message>
    <message>
        <source>{layer}: {count} features without geometry skipped.</source>
        <translation>{layer}: пропущено объектов без геометрии: {count}.</translation>
    </message>
    <message>
        <source>{layer}: {count} features without a &apos;{core_id}&apos; value skipped.</source>
        <translation>{layer}: пропущено объектов без значения «{core_id}»: {count}.</translation>
    </message>
    <message>
        <source>{layer}: {count} invalid geometries repaired (make_valid).</source>
        <translation>{layer}: исправлено недопустимых геометрий (make_valid): {count}.</translation>
    </message>
    <message>
        <source>Fewer than two cores in &apos;{layer}&apos;: no links.</source>
        <translation>В «{layer}» меньше двух ключевых участков: связей нет.</translation>
    </message>
    <message>
        <source>No pair of cores lies within {max_distance:g} m: no links.</source>
        <translation>Ни одна пара ключевых участков не находится в пределах {max_distance:g} m: связей нет.</translation>
    </message>
    <message>
        <source>{cores} cores, {links} links; estimated memory {memory} (up to {whole} if a search must cover the whole raster).</source>
        <translation>Ключевых участков: {cores}, связей: {links}; оценка памяти — {memory} (до {whole}, если поиск должен охватить весь растр).</translation>
    </message>
    <message>
        <source>Core '{core}': cheaper routes may leave its first window; searched again in {rows} × {cols} cells.</source>
        <translation>Ключевой участок «{core}»: более дешёвые маршруты могут выходить за пределы его первого окна; повторный поиск в окне {rows} × {cols} ячеек.</translation>
    </message>
    <message>
        <source>Link {a}-{b} dropped: its least-cost path runs through core &apos;{through}&apos; (DROP_THROUGH_CORES).</source>
        <translation>Связь {a}-{b} удалена: её путь наименьшей стоимости проходит через ключевой участок «{through}» (DROP_THROUGH_CORES).</translation>
    </message>
    <message>
        <source>Cores &apos;{a}&apos; and &apos;{b}&apos; are not connected through passable cells: the link has no least-cost path.</source>
        <translation>Ключевые участки «{a}» и «{b}» не соединены проходимыми ячейками: у связи нет пути наименьшей стоимости.</translation>
    </message>
    <message>
        <source>No protected areas given: the whole corridor area is reported as gaps.</source>
        <translation>Охраняемые территории не заданы: вся площадь коридоров учитывается как пробелы в охране.</translation>
    </message>
    <message>
        <source>Corridor gaps: {cells} cells, {parts} link × country parts.</source>
        <translation>Пробелы в охране коридоров: ячеек — {cells}, частей «связь × страна» — {parts}.</translation>
    </message>
    <message>
        <source>{stations} stations and {detections} detections kept; {rejected} rows left out.</source>
        <translation>Оставлено станций: {stations}, регистраций: {detections}; отброшено строк: {rejected}.</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: no &apos;cost&apos; or &apos;type&apos; field; every feature is taken as a {kind} (from the layer&apos;s name).</source>
        <translation>Вариант «{layer}»: нет поля 'cost' или 'type'; каждый объект считается объектом типа {kind} (по имени слоя).</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;: raster resampled onto the baseline grid (nearest neighbour).</source>
        <translation>Вариант «{layer}»: растр передискретизирован на базовую сетку (ближайший сосед).</translation>
    </message>
    <message>
        <source>Baseline &apos;{layer}&apos;.</source>
        <translation>Базовый вариант «{layer}».</translation>
    </message>
    <message>
        <source>Option &apos;{layer}&apos;.</source>
        <translation>Вариант «{layer}».</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons: the outputs are empty.</source>
        <translation>В слое «{layer}» нет пригодных полигонов: результаты пусты.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no usable polygons near the habitat: all habitat is gap.</source>
        <translation>В слое «{layer}» нет пригодных полигонов рядом с местообитанием: всё местообитание — пробел в охране.</translation>
    </message>
    <message>
        <source>No habitat lies inside any protected area: OUTPUT is empty, all habitat is gap.</source>
        <translation>Ни одно местообитание не находится внутри охраняемых территорий: OUTPUT пуст, всё местообитание — пробел в охране.</translation>
    </message>
    <message>
        <source>{layer}: no id field (WDPAID, SITE_ID…); pa_ids are feature numbers from 1.</source>
        <translation>{layer}: нет поля идентификатора (WDPAID, SITE_ID…); pa_id — номера объектов, начиная с 1.</translation>
    </message>
    <message>
        <source>{layer}: country codes from field &apos;{used}&apos;.</source>
        <translation>{layer}: коды стран взяты из поля «{used}».</translation>
    </message>
    <message>
        <source>{layer}: {count} protected areas far from the habitat left out.</source>
        <translation>{layer}: не учтено охраняемых территорий, удалённых от местообитаний: {count}.</translation>
    </message>
    <message>
        <source>Analysis CRS (equal-area, metres): {crs}</source>
        <translation>Система координат анализа (равновеликая, метры): {crs}</translation>
    </message>
    <message>
        <source>{name}: reprojected from {crs} to the analysis CRS.</source>
        <translation>{name}: перепроецирован из {crs} в систему координат анализа.</translation>
    </message>
    <message>
        <source>No polygon of &apos;{layer}&apos; overlaps the habitat: country is left empty.</source>
        <translation>Ни один полигон «{layer}» не перекрывается с местообитанием: страна не указана.</translation>
    </message>
    <message>
        <source>Habitat split by country: {features} features → {units} habitat × country units.</source>
        <translation>Местообитания разделены по странам: объектов — {features} → единиц «местообитание × страна» — {units}.</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; is in an equal-area CRS ({crs}): cells counted as they are.</source>
        <translation>Растр местообитаний «{name}» в равновеликой системе координат ({crs}): ячейки учитываются как есть.</translation>
    </message>
    <message>
        <source>Habitat raster &apos;{name}&apos; warped (nearest neighbour) to the equal-area grid, cell {cell:.1f} m.</source>
        <translation>Растр местообитаний «{name}» трансформирован (ближайший сосед) в равновеликую сетку, ячейка {cell:.1f} m.</translation>
    </message>
    <message>
        <source>Raster &apos;{name}&apos; has no habitat cells: the summary is empty.</source>
        <translation>В растре «{name}» нет ячеек местообитания: сводка пуста.</translation>
    </message>
    <message>
        <source>{layer}: left out {proposed} &apos;Proposed&apos; and {not_reported} &apos;Not Reported&apos; sites and {mab} UNESCO-MAB Biosphere Reserves.</source>
        <translation>{layer}: не учтено участков со статусом 'Proposed': {proposed}, со статусом 'Not Reported': {not_reported}, биосферных резерватов UNESCO-MAB: {mab}.</translation>
    </message>
    <message>
        <source>Areas and distances in {crs} (metres, equal-area).</source>
        <translation>Площади и расстояния в {crs} (метры, равновеликая проекция).</translation>
    </message>
    <message>
        <source>{layer}: {count} piece(s) outside every country polygon (sea, or beyond the countries layer) left out.</source>
        <translation>{layer}: не учтено фрагментов вне всех полигонов стран (море или за пределами слоя стран): {count}.</translation>
    </message>
    <message>
        <source>{count} protected part(s) smaller than MIN_AREA_HA = {min_area_ha:g} ha dropped.</source>
        <translation>Удалено охраняемых частей меньше MIN_AREA_HA = {min_area_ha:g} ha: {count}.</translation>
    </message>
    <message>
        <source>{layer}: no protected area inside any country; the outputs are empty.</source>
        <translation>{layer}: ни одной охраняемой территории внутри стран; результаты пусты.</translation>
    </message>
    <message>
        <source>{code}: no protected area (after the filters and MIN_AREA_HA); Prot = 0, RelConn and the fractions are empty.</source>
        <translation>{code}: нет охраняемых территорий (после фильтров и MIN_AREA_HA); Prot = 0, RelConn и доли пусты.</translation>
    </message>
    <message>
        <source>{code}: {nodes} node(s), {foreign} foreign stepping stone(s), {pairs} pair(s) within reach; ProtConn {protconn:.3f} % of {land:,.0f} ha.</source>
        <translation>{code}: узлов: {nodes}, зарубежных промежуточных участков: {foreign}, пар в пределах досягаемости: {pairs}; ProtConn {protconn:.3f} % от {land:,.0f} ha.</translation>
    </message>
    <message>
        <source>Country polygons overlap inside candidate {candidate}: the overlap was given to one country only (check COUNTRIES).</source>
        <translation>Полигоны стран перекрываются внутри кандидата {candidate}: перекрытие отнесено только к одной стране (проверьте COUNTRIES).</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie more than {km:g} km from every country polygon and were left out (check that COUNTRIES covers the wetlands).</source>
        <translation>{area:,.1f} ha кандидатов лежат дальше {km:g} km от всех полигонов стран и не учтены (проверьте, что COUNTRIES охватывает водно-болотные угодья).</translation>
    </message>
    <message>
        <source>{area:,.1f} ha of the candidates lie outside every country polygon (sea or gaps in COUNTRIES) and were given to the nearest country.</source>
        <translation>{area:,.1f} ha кандидатов лежат вне всех полигонов стран (море или разрывы в COUNTRIES) и отнесены к ближайшей стране.</translation>
    </message>
    <message>
        <source>{count} border slivers ({area:,.2f} ha in all) merged into the neighbouring component.</source>
        <translation>Узких приграничных фрагментов, присоединённых к соседнему компоненту: {count} (всего {area:,.2f} ha).</translation>
    </message>
    <message>
        <source>Rejected {row}</source>
        <translation>Отклонено: {row}</translation>
    </message>
    <message>
        <source>{complexes} candidate complexes, {components} national components (areas in a Lambert azimuthal equal-area CRS centred on {centre}).</source>
        <translation>Комплексов-кандидатов: {complexes}, национальных компонентов: {components} (площади в равновеликой азимутальной проекции Ламберта с центром в {centre}).</translation>
    </message>
    <message>
        <source>RAMSAR: {ramsar} of {count} features are Ramsar sites ({desig}).</source>
        <translation>RAMSAR: {ramsar} из {count} объектов — Рамсарские угодья ({desig}).</translation>
    </message>
    <message>
        <source>{count} country polygons without a code in &apos;{field}&apos; were ignored.</source>
        <translation>Пропущено полигонов стран без кода в поле «{field}»: {count}.</translation>
    </message>
    <message>
        <source>Closing by {closing:,.0f} m added {area:,.1f} ha across narrow gaps.</source>
        <translation>Замыкание на {closing:,.0f} m добавило {area:,.1f} ha через узкие разрывы.</translation>
    </message>
    <message>
        <source>{count} barrier line(s) costed from their type with the {profile} barrier table (expert defaults).</source>
        <translation>Линий барьеров, стоимость которых определена по типу из таблицы барьеров профиля {profile} (экспертные значения по умолчанию): {count}.</translation>
    </message>
    <message>
        <source>{count} barrier line(s) without a cost or a known type got the default cost {cost:g}.</source>
        <translation>Линиям барьеров без стоимости или известного типа присвоена стоимость по умолчанию {cost:g}: {count}.</translation>
    </message>
    <message>
        <source>{count} barrier line(s) have no cost and no type: treated as barriers of {cost:g} (expert default; set BARRIER_COST to change).</source>
        <translation>Линий барьеров без стоимости и типа: {count}; они считаются барьерами со стоимостью {cost:g} (экспертное значение по умолчанию; чтобы изменить, задайте BARRIER_COST).</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {bands} bands; band 1 is used as land cover.</source>
        <translation>В «{layer}» каналов: {bands}; в качестве земного покрова используется канал 1.</translation>
    </message>
    <message>
        <source>{skipped} barrier feature(s) with empty geometry skipped.</source>
        <translation>Пропущено объектов барьеров с пустой геометрией: {skipped}.</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; has no terrain rule: the DEM is not used.</source>
        <translation>У профиля «{profile}» нет правила для рельефа: DEM не используется.</translation>
    </message>
    <message>
        <source>DEM &apos;{layer}&apos; is on another grid: resampled bilinearly onto the land-cover grid.</source>
        <translation>DEM «{layer}» на другой сетке: билинейно передискретизирован на сетку земного покрова.</translation>
    </message>
    <message>
        <source>Snow leopard ruggedness: TRI 90th percentile = {p90:.1f} m.</source>
        <translation>Расчленённость рельефа для снежного барса: 90-й процентиль TRI = {p90:.1f} m.</translation>
    </message>
    <message>
        <source>Classes missing from the table treated as impassable: {listing}.</source>
        <translation>Классы, отсутствующие в таблице, считаются непроходимыми: {listing}.</translation>
    </message>
    <message>
        <source>{count} cell(s) have no DEM value: no terrain term there.</source>
        <translation>Ячеек без значения DEM: {count}; член рельефа там не учитывается.</translation>
    </message>
    <message>
        <source>{count} cell(s) carry a barrier (width {width:g} m).</source>
        <translation>Ячеек с барьером (ширина {width:g} m): {count}.</translation>
    </message>
    <message>
        <source>{layer}: {count} features</source>
        <translation>{layer}: объектов: {count}</translation>
    </message>
    <message>
        <source>{count} invalid geometries repaired (make_valid)</source>
        <translation>исправлено недопустимых геометрий (make_valid): {count}</translation>
    </message>
    <message>
        <source>{count} null or empty skipped</source>
        <translation>пропущено пустых или NULL: {count}</translation>
    </message>
    <message>
        <source>{count} zero-area slivers skipped</source>
        <translation>пропущено полос нулевой площади: {count}</translation>
    </message>
    <message>
        <source>{count} non-polygon geometries skipped</source>
        <translation>пропущено неполигональных геометрий: {count}</translation>
    </message>
    <message>
        <source>{layer}: recognised the {schema} schema.</source>
        <translation>{layer}: распознана схема {schema}.</translation>
    </message>
    <message>
        <source>{layer}: {count} sites with STATUS &apos;Proposed&apos; left out.</source>
        <translation>{layer}: не учтено участков со STATUS «Proposed»: {count}.</translation>
    </message>
    <message>
        <source>{layer}: {count} points drawn as circles of their reported area (REP_AREA) — APPROXIMATE shapes, not boundaries.</source>
        <translation>{layer}: точки ({count}) нарисованы кругами их заявленной площади (REP_AREA) — ПРИБЛИЗИТЕЛЬНЫЕ формы, а не границы.</translation>
    </message>
    <message>
        <source>{layer}: {count} points without a reported area skipped.</source>
        <translation>{layer}: пропущено точек без заявленной площади: {count}.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>NEASPEC Planner language</source>
        <translation>Язык NEASPEC Planner</translation>
    </message>
    <message>
        <source>Interface language of NEASPEC Planner (maps and reports have their own LANGUAGE parameter). The change applies after restarting QGIS or reloading the plugin.</source>
        <translation>Язык интерфейса NEASPEC Planner (у карт и отчётов есть собственный параметр LANGUAGE). Изменение вступит в силу после перезапуска QGIS или перезагрузки модуля.</translation>
    </message>
    <message>
        <source>'Follow QGIS' uses the language set in QGIS Settings ▸ Options ▸ General</source>
        <translation>«Как в QGIS» — использовать язык, заданный в QGIS: Установки ▸ Параметры ▸ Общие</translation>
    </message>
    <message>
        <source>Follow QGIS</source>
        <translation>Как в QGIS</translation>
    </message>
</context>
<context>
    <name>LanguageMixin</name>
    <message>
        <source>Language of the map/report texts</source>
        <translation>Язык текстов карты и отчёта</translation>
    </message>
</context>
<context>
    <name>MonitoringGridAlgorithm</name>
    <message>
        <source>Joint monitoring grid (camera traps, shared individuals)</source>
        <translation>Общая сетка мониторинга (фотоловушки, общие особи)</translation>
    </message>
    <message>
        <source>Puts every country's camera-trap stations and detections on ONE common grid, so that grids built by each side line up cell for cell, and counts effort, detections, naive occupancy, unsurveyed habitat and the individuals detected on both sides of a border.

The grid: square cells of CELL_SIZE metres (default 10,000) in one fixed Lambert azimuthal equal-area CRS (centred at 45° N 120° E, false easting and northing 13,000 km), aligned to its origin (0, 0). cell_id is the cell's place on that lattice (10kmE1302N1405 = the 1302nd cell east and the 1405th north), so the same cell has the same id and square in every run, whatever the extent: each country's tables join on it. Cells are half-open: a station exactly on a cell edge belongs to the cell east of a vertical edge and north of a horizontal one.

COUNTRIES: country polygons with an ISO3 code (found by itself, or COUNTRY_FIELD). STATIONS: points with 'station' (id), optional 'country' (ISO3; else the country the point lies in), 'start' and 'end' dates and/or 'effort_days'. Effort is effort_days, else end − start in days (camera-trap nights); several rows of one station at one place are deployments and add up. DETECTIONS: a table (CSV, spreadsheet) or points with 'station', 'date', 'species' and optional 'individual' (the ID from stripes or spots); points without a station are placed where they are. HABITAT (optional): habitat polygons, or a class raster (HABITAT_CLASSES: the habitat class values, e.g. 10,20; default every value except 0 and nodata). EXTENT (optional; default: the stations, detection points and habitat).

Bad rows are left out and listed in the log with their line numbers (header = line 1; features are numbered from 1): unknown station, unreadable or future date, end before start, negative effort, duplicate detections (same station, species, individual and date), a station id at two places. Stations outside every country polygon are listed too.

GRID: cell_id, countries (ISO3 list of the cell, e.g. CHN,RUS), habitat_ha, stations, effort_days (station-days), det_&lt;species&gt; (detections) and occ_&lt;species&gt; (1 = detected) per species, detected (number of species detected) and gap (1 = habitat and no station: a monitoring gap, hatched). Styles: effort, and occupancy (Layer Properties ▸ Styles). SUMMARY per country × species: cells_habitat (cells with habitat in that country's part), cells_surveyed (cells with its stations), cells_detected, naive_occupancy (= cells_detected / cells_surveyed), effort_days, individuals, shared_individuals (also detected in another country), habitat_gap_cells (its habitat cells with no station of any country). SHARED: each transboundary individual with its species, countries and first and last dates.</source>
        <translation>Сводит фотоловушки и регистрации всех стран в ОДНУ общую сетку, так что сетки, построенные каждой стороной, совпадают ячейка в ячейку, и считает усилие, регистрации, наивную встречаемость, необследованные местообитания и особей, отмеченных по обе стороны границы.

Сетка: квадратные ячейки по CELL_SIZE метров (по умолчанию 10 000) в одной постоянной равновеликой азимутальной проекции Ламберта (центр 45° с. ш. 120° в. д., ложные восточное и северное смещения 13 000 км), выровненные по её началу (0, 0). cell_id — место ячейки в этой решётке (10kmE1302N1405 = 1302-я ячейка на восток и 1405-я на север), поэтому у одной ячейки один и тот же код и квадрат при любом запуске и любом охвате: таблицы стран соединяются по нему. Ячейки полуоткрыты: станция точно на границе ячеек относится к ячейке восточнее вертикальной и севернее горизонтальной границы.

COUNTRIES: полигоны стран с кодом ISO3 (находится сам, или COUNTRY_FIELD). STATIONS: точки с 'station' (код), необязательным 'country' (ISO3; иначе страна, в которой лежит точка), датами 'start' и 'end' и/или 'effort_days'. Усилие — effort_days, иначе end − start в днях (ловушко-ночи); несколько строк одной станции в одном месте — это постановки, их усилие складывается. DETECTIONS: таблица (CSV, электронная таблица) или точки с 'station', 'date', 'species' и необязательным 'individual' (код особи по полосам или пятнам); точки без станции ставятся там, где они есть. HABITAT (необязательно): полигоны местообитаний или растр классов (HABITAT_CLASSES: значения классов местообитания, напр. 10,20; по умолчанию все значения, кроме 0 и nodata). EXTENT (необязательно; по умолчанию: станции, точки регистраций и местообитания).

Ошибочные строки отбрасываются и перечисляются в журнале с номерами строк (заголовок = строка 1; объекты нумеруются с 1): неизвестная станция, нечитаемая или будущая дата, окончание раньше начала, отрицательное усилие, дубликаты регистраций (та же станция, вид, особь и дата), один код станции в двух местах. Станции вне всех полигонов стран тоже перечисляются.

GRID: cell_id, countries (список ISO3 ячейки, напр. CHN,RUS), habitat_ha, stations, effort_days (станцие-сутки), для каждого вида det_&lt;species&gt; (регистрации) и occ_&lt;species&gt; (1 = отмечен), detected (число отмеченных видов) и gap (1 = местообитание без станций: пробел мониторинга, штриховка). Стили: усилие и встречаемость (Свойства слоя ▸ Стили). SUMMARY по стране × виду: cells_habitat (ячейки с местообитанием в части этой страны), cells_surveyed (ячейки с её станциями), cells_detected, naive_occupancy (= cells_detected / cells_surveyed), effort_days, individuals, shared_individuals (отмечены и в другой стране), habitat_gap_cells (её ячейки с местообитанием без станций какой-либо страны). SHARED: каждая трансграничная особь с видом, странами и первой и последней датами.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Поле кода страны (по умолчанию: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Camera-trap stations (points)</source>
        <translation>Станции фотоловушек (точки)</translation>
    </message>
    <message>
        <source>Detections (table or points)</source>
        <translation>Регистрации (таблица или точки)</translation>
    </message>
    <message>
        <source>Habitat (polygons or class raster)</source>
        <translation>Местообитание (полигоны или растр классов)</translation>
    </message>
    <message>
        <source>Cell size (m)</source>
        <translation>Размер ячейки (м)</translation>
    </message>
    <message>
        <source>Side of the square cells in metres. Every country must use the same size for their grids to match.</source>
        <translation>Сторона квадратной ячейки в метрах. Чтобы сетки совпали, все страны должны взять один размер.</translation>
    </message>
    <message>
        <source>Extent (default: the data)</source>
        <translation>Охват (по умолчанию: данные)</translation>
    </message>
    <message>
        <source>Habitat class values of the raster (comma-separated)</source>
        <translation>Значения классов местообитания в растре (через запятую)</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>Сетка мониторинга</translation>
    </message>
    <message>
        <source>Monitoring summary by country and species</source>
        <translation>Итоги мониторинга по странам и видам</translation>
    </message>
    <message>
        <source>Shared (transboundary) individuals</source>
        <translation>Общие (трансграничные) особи</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>Чтение слоёв…</translation>
    </message>
    <message>
        <source>Habitat class values must be numbers separated by commas (got &apos;{}&apos;).</source>
        <translation>Значения классов местообитания должны быть числами через запятую (получено «{}»).</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>Отменено: результаты не записаны.</translation>
    </message>
    <message>
        <source>Writing the outputs ({} cells)…</source>
        <translation>Запись результатов ({} ячеек)…</translation>
    </message>
    <message>
        <source>{} cells, {} surveyed, {} monitoring gap cells; {} shared individuals; {} rows left out.</source>
        <translation>{} ячеек, обследовано {}, ячеек-пробелов мониторинга {}; общих особей {}; отброшено строк {}.</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>усилие</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>встречаемость</translation>
    </message>
</context>
<context>
    <name>NeaspecAlgorithm</name>
    <message>
        <source>Input layers</source>
        <translation>Входные слои</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>Коридоры</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>Рамсарские угодья</translation>
    </message>
    <message>
        <source>Maps and reports</source>
        <translation>Карты и отчёты</translation>
    </message>
    <message>
        <source>Missing Python packages: {}. Install them from the plugin's menu (NEASPEC Planner ▸ Install dependencies) or by hand:
{}</source>
        <translation>Отсутствуют пакеты Python: {}. Установите их из меню модуля (NEASPEC Planner ▸ Установить зависимости) или вручную:
{}</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>Отменено: результаты не записаны.</translation>
    </message>
    <message>
        <source>Not enough memory for this run. Use a smaller extent or a coarser raster.</source>
        <translation>Недостаточно памяти для этого расчёта. Уменьшите охват или используйте растр с более крупной ячейкой.</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>У слоя '{}' не задана система координат. Задайте её в окне Свойства слоя ▸ Источник и запустите снова.</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>Растр '{}' не является файлом, который может прочитать GDAL; сначала сохраните его как GeoTIFF.</translation>
    </message>
    <message>
        <source>Output {} must be a file (GeoPackage, shapefile, GeoTIFF…), not a database table.</source>
        <translation>Результат {} должен быть файлом (GeoPackage, shape-файл, GeoTIFF…), а не таблицей базы данных.</translation>
    </message>
    <message>
        <source>{}: {} site(s) with STATUS &apos;Proposed&apos; left out (not protected yet); tick &apos;Include proposed protected areas&apos; to count them.</source>
        <translation>{}: не учтено участков со STATUS 'Proposed' (ещё не охраняются): {}; чтобы учесть их, отметьте «Включить предлагаемые охраняемые территории».</translation>
    </message>
    <message>
        <source>{}: IUCN range layer; kept {} of {} polygons (presence extant/probably extant, origin native/reintroduced, seasonal resident/breeding/non-breeding).</source>
        <translation>{}: слой ареалов МСОП (IUCN); оставлено полигонов: {} из {} (присутствие: существует или вероятно существует; происхождение: коренное или реинтродуцированное; сезонность: оседлый, гнездовой или негнездовой ареал).</translation>
    </message>
    <message>
        <source>{}: {} point sites drawn as circles of their reported area (approximate shapes); {} without a positive REP_AREA skipped.</source>
        <translation>{}: точечных объектов, показанных кругами с заявленной площадью (приблизительная форма): {}; пропущено объектов без положительного значения REP_AREA: {}.</translation>
    </message>
</context>
<context>
    <name>NeaspecPlannerPlugin</name>
    <message>
        <source>NEASPEC Planner panel</source>
        <translation>Панель NEASPEC Planner</translation>
    </message>
    <message>
        <source>Show or hide the NEASPEC Planner panel: layers, overlaps, corridors, Ramsar candidates and exports</source>
        <translation>Показать или скрыть панель NEASPEC Planner: слои, перекрытия, коридоры, кандидаты в Рамсарские угодья и экспорт</translation>
    </message>
    <message>
        <source>Install dependencies…</source>
        <translation>Установить зависимости…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Язык…</translation>
    </message>
    <message>
        <source>Choose the interface language of NEASPEC Planner</source>
        <translation>Выбор языка интерфейса NEASPEC Planner</translation>
    </message>
    <message>
        <source>Missing Python packages: {}</source>
        <translation>Отсутствуют пакеты Python: {}</translation>
    </message>
    <message>
        <source>All dependencies are installed.</source>
        <translation>Все зависимости установлены.</translation>
    </message>
    <message>
        <source>NEASPEC Planner needs these Python packages: {}.

Install them now into {}? (needs a compiler and GEOS headers on Linux)</source>
        <translation>Для работы NEASPEC Planner нужны следующие пакеты Python: {}.

Установить их сейчас в {}? (в Linux требуются компилятор и заголовочные файлы GEOS)</translation>
    </message>
    <message>
        <source>Install now</source>
        <translation>Установить</translation>
    </message>
    <message>
        <source>Installation failed: {}

Install by hand:
{}</source>
        <translation>Ошибка установки: {}

Установите вручную:
{}</translation>
    </message>
    <message>
        <source>Dependencies installed in {}</source>
        <translation>Зависимости установлены в {}</translation>
    </message>
</context>
<context>
    <name>OverlapAlgorithm</name>
    <message>
        <source>Habitat protection and gaps by country</source>
        <translation>Охрана местообитаний и пробелы в охране по странам</translation>
    </message>
    <message>
        <source>Habitat polygons</source>
        <translation>Полигоны местообитаний</translation>
    </message>
    <message>
        <source>Habitat class field</source>
        <translation>Поле класса местообитания</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>Охраняемые территории</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Поле кода страны (по умолчанию: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Protected-area id field (default: WDPAID / SITE_ID)</source>
        <translation>Поле идентификатора охраняемой территории (по умолчанию: WDPAID / SITE_ID)</translation>
    </message>
    <message>
        <source>Breakdown of the protected area</source>
        <translation>Разбивка охраняемой площади</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>IUCN category (strictest counts)</source>
        <translation>Категория МСОП (учитывается самая строгая)</translation>
    </message>
    <message>
        <source>Designation type (national first)</source>
        <translation>Тип статуса (сначала национальный)</translation>
    </message>
    <message>
        <source>Habitat raster (instead of habitat polygons)</source>
        <translation>Растр местообитаний (вместо полигонов местообитаний)</translation>
    </message>
    <message>
        <source>Suitability threshold for the habitat raster (cells ≥ it)</source>
        <translation>Порог пригодности для растра местообитаний (ячейки ≥ порога)</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>Охраняемые местообитания</translation>
    </message>
    <message>
        <source>Protection gaps</source>
        <translation>Пробелы в охране</translation>
    </message>
    <message>
        <source>Summary by habitat and country</source>
        <translation>Сводка по местообитаниям и странам</translation>
    </message>
    <message>
        <source>Give habitat polygons (HABITAT) or a habitat raster (HABITAT_RASTER).</source>
        <translation>Укажите полигоны местообитаний (HABITAT) или растр местообитаний (HABITAT_RASTER).</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>Чтение слоёв…</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>Отменено: результаты не записаны.</translation>
    </message>
    <message>
        <source>Protected: {:,.1f} ha of {:,.1f} ha of habitat ({:.1f} %).</source>
        <translation>Под охраной: {:,.1f} ha из {:,.1f} ha местообитаний ({:.1f} %).</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>Показывать точки WDPA кругами с заявленной площадью (REP_AREA; приблизительно)</translation>
    </message>
    <message>
        <source>Writing the outputs ({} summary rows)…</source>
        <translation>Запись результатов (строк сводки: {})…</translation>
    </message>
    <message>
        <source>How much of each habitat is protected, in which country, and where the unprotected parts are.

HABITAT: habitat polygons (species range, wetland type…), with an optional class field (HABITAT_FIELD; without it the layer name is the class). PROTECTED: protected-area polygons (e.g. WDPA); overlapping or nested areas are merged locally first, so no hectare is counted twice. A WDPA point file is refused unless BUFFER_POINTS draws each point as a circle of its reported area (REP_AREA, approximate). COUNTRIES (optional): country polygons with an ISO3 code (ISO3, ISO_A3, ADM0_A3 or GID_0 is found by itself; Natural Earth's -99 codes are replaced by ADM0_A3); habitat across a border is split.

All areas are hectares, measured in a Lambert azimuthal equal-area projection centred on the data (inputs in other CRSs, also EPSG:4326, are reprojected). Invalid polygons are repaired, empty ones skipped; the log says how many.

OUTPUT: habitat inside protection (habitat, country, pa_ids = ids of the protected areas covering all or part of the piece, area_ha). GAPS: habitat outside every protected area (habitat, country, area_ha); skip it to save time, the summary stays complete. SUMMARY: a table per habitat and country: habitat_ha, protected_ha, protected_pct (%), gap_ha.

BREAKDOWN (optional): by IUCN category or designation type; a piece covered by several categories counts once, for the strictest (Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; other; National &gt; Regional &gt; International &gt; other), in an added 'category' field and one '…_ha' column per category.

HABITAT_RASTER (optional, instead of HABITAT): a class raster, or a suitability raster with RASTER_THRESHOLD (cells at or above it are habitat). Cells are counted in an equal-area grid; SUMMARY gets hectares per class and country, OUTPUT and GAPS stay empty.</source>
        <translation>Какая доля каждого местообитания охраняется, в какой стране и где находятся неохраняемые части.

HABITAT: полигоны местообитаний (ареал вида, тип водно-болотного угодья…) с необязательным полем класса (HABITAT_FIELD; без него классом служит имя слоя). PROTECTED: полигоны охраняемых территорий (например, WDPA); перекрывающиеся или вложенные территории сначала объединяются локально, поэтому ни один гектар не учитывается дважды. Точечный файл WDPA не принимается, если только BUFFER_POINTS не отображает каждую точку кругом с её заявленной площадью (REP_AREA, приблизительно). COUNTRIES (необязательно): полигоны стран с кодом ISO3 (поле ISO3, ISO_A3, ADM0_A3 или GID_0 находится автоматически; коды -99 из Natural Earth заменяются на ADM0_A3); местообитание, пересекающее границу, разделяется.

Все площади приводятся в гектарах и измеряются в азимутальной равновеликой проекции Ламберта с центром в области данных (данные в других системах координат, в том числе EPSG:4326, перепроецируются). Некорректные полигоны исправляются, пустые пропускаются; их число указывается в журнале.

OUTPUT: местообитания под охраной (habitat, country, pa_ids — идентификаторы охраняемых территорий, полностью или частично покрывающих фрагмент, area_ha). GAPS: местообитания вне всех охраняемых территорий (habitat, country, area_ha); этот результат можно не создавать ради экономии времени — сводка останется полной. SUMMARY: таблица по местообитаниям и странам: habitat_ha, protected_ha, protected_pct (%), gap_ha.

BREAKDOWN (необязательно): по категории МСОП (IUCN) или по типу статуса; фрагмент, покрытый несколькими категориями, учитывается один раз — по самой строгой (Ia &gt; Ib &gt; II &gt; … &gt; VI &gt; прочие; National &gt; Regional &gt; International &gt; прочие, т. е. национальный &gt; региональный &gt; международный), в добавленном поле 'category' и в отдельном столбце '…_ha' для каждой категории.

HABITAT_RASTER (необязательно, вместо HABITAT): растр классов или растр пригодности с порогом RASTER_THRESHOLD (ячейки со значением не ниже порога считаются местообитанием). Ячейки подсчитываются в равновеликой сетке; в SUMMARY выводятся гектары по классам и странам, OUTPUT и GAPS остаются пустыми.</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>Включить предлагаемые охраняемые территории (WDPA STATUS 'Proposed')</translation>
    </message>
    <message>
        <source>IUCN/BirdLife range habitat: keep extant native resident, breeding and non-breeding range only</source>
        <translation>Ареалы IUCN/BirdLife как местообитания: оставить только существующий коренной ареал — оседлый, гнездовой и негнездовой</translation>
    </message>
</context>
<context>
    <name>PinchpointsAlgorithm</name>
    <message>
        <source>Pinch points and effective resistance (circuit theory)</source>
        <translation>Узкие места и эффективное сопротивление (теория цепей)</translation>
    </message>
    <message>
        <source>Circuit theory between focal nodes, as Circuitscape's raster pairwise mode and Linkage Mapper's Pinchpoint Mapper compute it: where current concentrates, a corridor is narrow — a new road, fence or field there would cut the link, and a crossing or restoration there pays off most.

RESISTANCE: a resistance raster (RESISTANCE_IS = resistance, values &gt; 0) or a conductance raster (values ≥ 0, 0 = no node); nodata cells are no node. As in Circuitscape, resistances are per cell: the cell size is not used. FOCAL: polygons or points; all cells under the features of one FOCAL_ID form one focal node (short-circuited). CONNECTIONS: 4 or 8 neighbours (diagonal conductances ÷ √2). AVERAGE: an edge's conductance from the mean of the two cells' resistances (default) or of their conductances.

Without CORRIDORS every pair of focal nodes (or those at most MAX_DISTANCE m apart, edge to edge) is solved over the whole raster. With CORRIDORS (the corridor raster of the least-cost corridor tool) each link is solved inside the corridor cells that join its two cores; the links are those of LINKS (the corridor tool's links) or else every pair of cores joined by a corridor.

RESISTANCES: from_id, to_id, resistance (effective resistance in the raster's resistance units; −1 when the two are not connected). CURRENT: the current summed over all solved pairs (1 A per pair), nodata where there is no node. PINCHES (with CORRIDORS): the corridor cells, cores left out, at or above PINCH_PERCENTILE of the link's own current, one polygon per link and country (COUNTRIES), with area_ha (equal-area) and max_current (A).

The solver factorises each circuit once (Cholesky-like sparse factor) and reuses it for all pairs of single-cell focal nodes; every solution is checked (backward error and dissipated power) and a circuit that cannot be solved accurately stops the run with a message instead of a wrong number. The memory is estimated first and the run refused above 4 GiB.</source>
        <translation>Теория электрических цепей между фокусными узлами — так, как её считают растровый попарный режим Circuitscape и Pinchpoint Mapper из Linkage Mapper: там, где ток концентрируется, коридор узок — новая дорога, забор или поле там перережут связь, а переход или восстановление там дадут наибольший эффект.

RESISTANCE: растр сопротивления (RESISTANCE_IS = resistance, значения &gt; 0) или проводимости (значения ≥ 0, 0 = нет узла); ячейки nodata — не узлы. Как в Circuitscape, сопротивление задаётся на ячейку: размер ячейки не используется. FOCAL: полигоны или точки; все ячейки под объектами одного FOCAL_ID образуют один фокусный узел (закорочены). CONNECTIONS: 4 или 8 соседей (диагональные проводимости ÷ √2). AVERAGE: проводимость ребра по среднему сопротивлений двух ячеек (по умолчанию) или по среднему их проводимостей.

Без CORRIDORS каждая пара фокусных узлов (или пары не дальше MAX_DISTANCE м, от края до края) решается по всему растру. С CORRIDORS (растр коридоров инструмента коридоров наименьшей стоимости) каждая связь решается внутри ячеек коридора, соединяющих два её ядра; связи берутся из LINKS (связи инструмента коридоров), иначе — каждая пара ядер, соединённых коридором.

RESISTANCES: from_id, to_id, resistance (эффективное сопротивление в единицах сопротивления растра; −1, если узлы не связаны). CURRENT: ток, просуммированный по всем решённым парам (1 А на пару), nodata там, где нет узла. PINCHES (с CORRIDORS): ячейки коридора без ядер, ток в которых не ниже PINCH_PERCENTILE тока самой связи, по одному полигону на связь и страну (COUNTRIES), с area_ha (равновеликая проекция) и max_current (А).

Решатель раскладывает каждую цепь один раз (разреженное разложение типа Холецкого) и использует его для всех пар одноячеечных фокусных узлов; каждое решение проверяется (обратная ошибка и рассеянная мощность), и цепь, которую нельзя решить точно, останавливает расчёт с сообщением вместо неверного числа. Память оценивается заранее, и расчёт свыше 4 GiB отклоняется.</translation>
    </message>
    <message>
        <source>Resistance raster</source>
        <translation>Растр сопротивления</translation>
    </message>
    <message>
        <source>The raster holds</source>
        <translation>Растр содержит</translation>
    </message>
    <message>
        <source>Focal nodes (cores or points)</source>
        <translation>Фокусные узлы (ядра или точки)</translation>
    </message>
    <message>
        <source>Focal node id field</source>
        <translation>Поле идентификатора фокусного узла</translation>
    </message>
    <message>
        <source>Neighbours (4 or 8)</source>
        <translation>Соседи (4 или 8)</translation>
    </message>
    <message>
        <source>Edge conductance from the mean of the cells&apos;</source>
        <translation>Проводимость ребра по среднему значений ячеек:</translation>
    </message>
    <message>
        <source>Corridors raster (from the corridor tool): solve link by link inside it</source>
        <translation>Растр коридоров (из инструмента коридоров): решать по связям внутри него</translation>
    </message>
    <message>
        <source>Links (from the corridor tool: from_id, to_id)</source>
        <translation>Связи (из инструмента коридоров: from_id, to_id)</translation>
    </message>
    <message>
        <source>Maximum pair distance, edge to edge (m)</source>
        <translation>Наибольшее расстояние между парой, от края до края (м)</translation>
    </message>
    <message>
        <source>Countries (ISO3 / ISO_A3 / ADM0_A3 field)</source>
        <translation>Страны (поле ISO3 / ISO_A3 / ADM0_A3)</translation>
    </message>
    <message>
        <source>Pinch points: cells at or above this percentile of a link&apos;s current</source>
        <translation>Узкие места: ячейки не ниже этого процентиля тока связи</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>Эффективные сопротивления</translation>
    </message>
    <message>
        <source>Cumulative current (A)</source>
        <translation>Суммарный ток (А)</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>Узкие места</translation>
    </message>
    <message>
        <source>Neighbours must be 4 or 8 (got {}).</source>
        <translation>Число соседей должно быть 4 или 8 (получено {}).</translation>
    </message>
    <message>
        <source>Choose the focal node id field.</source>
        <translation>Выберите поле идентификатора фокусного узла.</translation>
    </message>
    <message>
        <source>LINKS is used only with a CORRIDORS raster; every pair is solved.</source>
        <translation>LINKS используется только вместе с растром CORRIDORS; решаются все пары.</translation>
    </message>
    <message>
        <source>The current raster is written as GeoTIFF: give it a .tif name (got &apos;{}&apos;).</source>
        <translation>Растр тока записывается как GeoTIFF: задайте имя с расширением .tif (получено «{}»).</translation>
    </message>
    <message>
        <source>{} focal feature(s) read from &apos;{}&apos;.</source>
        <translation>Прочитано {} фокусных объектов из «{}».</translation>
    </message>
    <message>
        <source>{} pair(s) solved, {} connected; pinch points {:.1f} ha.</source>
        <translation>Решено пар: {}, связанных: {}; узкие места {:.1f} га.</translation>
    </message>
    <message>
        <source>No pair to solve: fewer than two focal nodes, none within the maximum distance, or no corridor joining two cores. The outputs are empty.</source>
        <translation>Нечего решать: меньше двух фокусных узлов, ни одной пары в пределах наибольшего расстояния или ни одного коридора между двумя ядрами. Выходы пусты.</translation>
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
        <translation>NEASPEC Planner: пошаговый семинар — от слоёв к картам, отчётам и документам для Рамсарской конвенции</translation>
    </message>
    <message>
        <source>needed by: {}</source>
        <translation>нужен для: {}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Layer used as {} ({})</source>
        <translation>Слой для роли «{}» ({})</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (необязательно)</translation>
    </message>
    <message>
        <source>Amur tiger</source>
        <translation>Амурский тигр</translation>
    </message>
    <message>
        <source>Amur leopard</source>
        <translation>Дальневосточный леопард</translation>
    </message>
    <message>
        <source>Snow leopard</source>
        <translation>Снежный барс</translation>
    </message>
    <message>
        <source>Cranes (wetland birds)</source>
        <translation>Журавли (околоводные птицы)</translation>
    </message>
    <message>
        <source>Custom cost table</source>
        <translation>Собственная таблица стоимостей</translation>
    </message>
    <message>
        <source>CSV cost table (*.csv)</source>
        <translation>Таблица стоимостей CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;Web page (*.html);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Книга Excel (*.xlsx);;Веб-страница (*.html);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовый вариант</translation>
    </message>
    <message>
        <source>The demo region is not installed: {} is missing.</source>
        <translation>Демонстрационный регион не установлен: отсутствует {}.</translation>
    </message>
    <message>
        <source>Demo region</source>
        <translation>Демонстрационный регион</translation>
    </message>
    <message>
        <source>Transboundary planning: Tumen River</source>
        <translation>Трансграничное планирование: река Туманная</translation>
    </message>
    <message>
        <source>Demo region loaded: {} layers; roles assigned.</source>
        <translation>Демо-регион загружен: слоёв — {}; роли назначены.</translation>
    </message>
    <message>
        <source>Choose the {} layer in step 1 Layers first.</source>
        <translation>Сначала выберите слой «{}» на шаге 1 «Слои».</translation>
    </message>
    <message>
        <source>A step is still running: wait for it or press Cancel.</source>
        <translation>Шаг ещё выполняется: дождитесь его завершения или нажмите «Отмена».</translation>
    </message>
    <message>
        <source>{} is not available in this build.</source>
        <translation>Недоступно в этой сборке: {}.</translation>
    </message>
    <message>
        <source>{} {}</source>
        <translation>{} {}</translation>
    </message>
    <message>
        <source>{}: the results could not be shown: {}</source>
        <translation>{}: не удалось показать результаты: {}</translation>
    </message>
    <message>
        <source>{}: done.</source>
        <translation>{}: готово.</translation>
    </message>
    <message>
        <source>{}: cancelled; nothing was added.</source>
        <translation>{}: отменено; ничего не добавлено.</translation>
    </message>
    <message>
        <source>{} failed: {}</source>
        <translation>Сбой расчёта «{}»: {}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Выполняется отмена…</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Перекрытие</translation>
    </message>
    <message>
        <source>Habitat gaps</source>
        <translation>Пробелы в охране местообитаний</translation>
    </message>
    <message>
        <source>Protected habitat</source>
        <translation>Охраняемые местообитания</translation>
    </message>
    <message>
        <source>Overlap summary</source>
        <translation>Сводка перекрытия</translation>
    </message>
    <message>
        <source>The custom profile needs a cost table (CSV with columns class,cost).</source>
        <translation>Для собственного профиля нужна таблица стоимостей (CSV со столбцами class,cost).</translation>
    </message>
    <message>
        <source>Corridors</source>
        <translation>Коридоры</translation>
    </message>
    <message>
        <source>Corridor links</source>
        <translation>Связи коридоров</translation>
    </message>
    <message>
        <source>Corridor gaps</source>
        <translation>Пробелы в охране коридоров</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Сопротивление</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: the options are compared with its resistance.</source>
        <translation>Сначала рассчитайте сопротивление и коридоры: варианты сравниваются с этим сопротивлением.</translation>
    </message>
    <message>
        <source>Tick at least one option layer to compare.</source>
        <translation>Отметьте хотя бы один слой варианта для сравнения.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Options comparison</source>
        <translation>Сравнение вариантов</translation>
    </message>
    <message>
        <source>Link {}, option {}: least-cost distance {}</source>
        <translation>Связь {}, вариант {}: расстояние наименьшей стоимости {}</translation>
    </message>
    <message>
        <source>Ramsar candidates</source>
        <translation>Кандидаты в Рамсарские угодья</translation>
    </message>
    <message>
        <source>Candidates summary</source>
        <translation>Сводка по кандидатам</translation>
    </message>
    <message>
        <source>{} — {} ({:,.0f} ha)</source>
        <translation>{} — {} ({:,.0f} ha)</translation>
    </message>
    <message>
        <source>{} national component(s); select to see the evidence</source>
        <translation>Национальных частей: {}; выберите, чтобы увидеть обоснование</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Площадь (ha)</translation>
    </message>
    <message>
        <source>Extends abroad</source>
        <translation>Выходит за пределы страны</translation>
    </message>
    <message>
        <source>Adjacent Ramsar sites</source>
        <translation>Соседние Рамсарские угодья</translation>
    </message>
    <message>
        <source>Ramsar criteria</source>
        <translation>Рамсарские критерии</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Find candidates first.</source>
        <translation>Сначала найдите кандидатов.</translation>
    </message>
    <message>
        <source>Choose the map file to write (.pdf, .png or .svg).</source>
        <translation>Выберите файл карты для записи (.pdf, .png или .svg).</translation>
    </message>
    <message>
        <source>Show at least one layer on the map to print.</source>
        <translation>Включите показ хотя бы одного слоя на карте, чтобы её напечатать.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Choose the report file to write (.xlsx, .html, .csv or .pdf).</source>
        <translation>Выберите файл отчёта для записи (.xlsx, .html, .csv или .pdf).</translation>
    </message>
    <message>
        <source>Run a step first: the report lists the results of the overlap, corridor, options and Ramsar steps.</source>
        <translation>Сначала выполните какой-либо шаг: в отчёт включаются результаты шагов перекрытия, коридоров, вариантов и Рамсарских угодий.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Find Ramsar candidates first (step 4) and choose one.</source>
        <translation>Сначала найдите кандидатов в Рамсарские угодья (шаг 4) и выберите одного из них.</translation>
    </message>
    <message>
        <source>Choose the folder for the Ramsar package.</source>
        <translation>Выберите каталог для рамсарского пакета.</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>Рамсарский пакет</translation>
    </message>
    <message>
        <source>{}: written to {}</source>
        <translation>{}: записано в {}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Open the log (tab NEASPEC Planner) with the full messages of the run</source>
        <translation>Открыть журнал (вкладка NEASPEC Planner) с полными сообщениями расчёта</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>Охраняемые территории</translation>
    </message>
    <message>
        <source>Habitat</source>
        <translation>Местообитания</translation>
    </message>
    <message>
        <source>Roads and barriers</source>
        <translation>Дороги и барьеры</translation>
    </message>
    <message>
        <source>Core areas</source>
        <translation>Ключевые участки</translation>
    </message>
    <message>
        <source>Land cover</source>
        <translation>Земной покров</translation>
    </message>
    <message>
        <source>Wetlands</source>
        <translation>Водно-болотные угодья</translation>
    </message>
    <message>
        <source>Ramsar sites</source>
        <translation>Рамсарские угодья</translation>
    </message>
    <message>
        <source>Waterbird counts</source>
        <translation>Учёты водоплавающих птиц</translation>
    </message>
    <message>
        <source>1 % thresholds</source>
        <translation>Пороги 1 %</translation>
    </message>
    <message>
        <source>{} national component(s):</source>
        <translation>Национальных частей: {}</translation>
    </message>
    <message>
        <source>Ramsar</source>
        <translation>Рамсарские угодья</translation>
    </message>
    <message>
        <source>polygon layer</source>
        <translation>полигональный слой</translation>
    </message>
    <message>
        <source>line layer</source>
        <translation>линейный слой</translation>
    </message>
    <message>
        <source>raster layer</source>
        <translation>растровый слой</translation>
    </message>
    <message>
        <source>Option &apos;{}&apos; ({})</source>
        <translation>Вариант '{}' ({})</translation>
    </message>
    <message>
        <source>Raster tiles (*.tif *.tiff *.vrt *.img)</source>
        <translation>Растровые тайлы (*.tif *.tiff *.vrt *.img)</translation>
    </message>
    <message>
        <source>Land-cover tile not found: {}</source>
        <translation>Тайл земного покрова не найден: {}</translation>
    </message>
    <message>
        <source>Run resistance and corridors first: pinch points are found inside its corridors.</source>
        <translation>Сначала рассчитайте сопротивление и коридоры: узкие места ищутся внутри этих коридоров.</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>Узкие места</translation>
    </message>
    <message>
        <source>Current (circuit theory)</source>
        <translation>Ток (теория цепей)</translation>
    </message>
    <message>
        <source>Effective resistances</source>
        <translation>Эффективные сопротивления</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>ProtConn по странам</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>Сеть пролётного пути</translation>
    </message>
    <message>
        <source>Nodes by importance (dPC)</source>
        <translation>Узлы по значимости (dPC)</translation>
    </message>
    <message>
        <source>Links by probability</source>
        <translation>Связи по вероятности</translation>
    </message>
    <message>
        <source>Connectivity summary</source>
        <translation>Сводка связности</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Monitoring grid</source>
        <translation>Сетка мониторинга</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>усилие</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>встречаемость</translation>
    </message>
    <message>
        <source>Monitoring summary</source>
        <translation>Итоги мониторинга</translation>
    </message>
    <message>
        <source>Shared individuals</source>
        <translation>Общие особи</translation>
    </message>
    <message>
        <source>Camera-trap stations</source>
        <translation>Станции фотоловушек</translation>
    </message>
    <message>
        <source>Camera-trap detections</source>
        <translation>Регистрации фотоловушек</translation>
    </message>
    <message>
        <source>Habitat to monitor</source>
        <translation>Местообитание для мониторинга</translation>
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
        <translation>1  Слои: назначение ролей</translation>
    </message>
    <message>
        <source>Tell the planner which loaded layer plays which role</source>
        <translation>Укажите планировщику, какой из загруженных слоёв какую роль выполняет</translation>
    </message>
    <message>
        <source>Choose the layer for each role. Roles are suggested from the layers&apos; names and fields; change any of them. Optional roles can stay empty.</source>
        <translation>Выберите слой для каждой роли. Роли предлагаются по именам и полям слоёв; любую из них можно изменить. Необязательные роли можно оставить пустыми.</translation>
    </message>
    <message>
        <source>Load demo region</source>
        <translation>Загрузить демо</translation>
    </message>
    <message>
        <source>Add the bundled demo region (Tumen River, Primorye–Hunchun, Altai, Dauria, Khanka) to the project and assign its layers to the roles</source>
        <translation>Добавить в проект встроенный демонстрационный регион (река Туманная, Приморье–Хуньчунь, Алтай, Даурия, Ханка) и назначить его слои ролям</translation>
    </message>
    <message>
        <source>Suggest roles</source>
        <translation>Предложить роли</translation>
    </message>
    <message>
        <source>Fill the empty roles from the loaded layers&apos; names and fields (roles you set stay as they are)</source>
        <translation>Заполнить пустые роли по именам и полям загруженных слоёв (заданные вами роли не меняются)</translation>
    </message>
    <message>
        <source>2  Overlaps: habitat in protected areas</source>
        <translation>2  Перекрытия: местообитания в ООПТ</translation>
    </message>
    <message>
        <source>How much habitat lies inside protected areas, per country</source>
        <translation>Какая часть местообитаний находится на охраняемых территориях, по странам</translation>
    </message>
    <message>
        <source>Habitat × protected areas × countries. Overlapping designations are counted once; areas in hectares (equal-area projection).</source>
        <translation>Местообитания × охраняемые территории × страны. Перекрывающиеся статусы охраны учитываются один раз; площади в гектарах (равновеликая проекция).</translation>
    </message>
    <message>
        <source>Habitat field</source>
        <translation>Поле местообитания</translation>
    </message>
    <message>
        <source>Field of the habitat layer naming the habitat or species (empty: one habitat)</source>
        <translation>Поле слоя местообитаний с названием местообитания или вида (пусто: одно местообитание)</translation>
    </message>
    <message>
        <source>Country field</source>
        <translation>Поле страны</translation>
    </message>
    <message>
        <source>Field of the countries layer with the ISO 3166 code (empty: detect ISO3, ISO_A3 or ADM0_A3)</source>
        <translation>Поле слоя стран с кодом ISO 3166 (пусто: определить ISO3, ISO_A3 или ADM0_A3 автоматически)</translation>
    </message>
    <message>
        <source>Run overlap</source>
        <translation>Рассчитать перекрытие</translation>
    </message>
    <message>
        <source>Run neaspec:overlap in the background; the results land in a layer group named after the run</source>
        <translation>Запустить neaspec:overlap в фоновом режиме; результаты попадут в группу слоёв, названную по имени расчёта</translation>
    </message>
    <message>
        <source>Habitat and protected hectares per habitat and country (last run)</source>
        <translation>Гектары местообитаний и охраняемой площади по местообитаниям и странам (последний расчёт)</translation>
    </message>
    <message>
        <source>3  Corridors: links, gaps, options</source>
        <translation>3  Коридоры: связи, пробелы, варианты</translation>
    </message>
    <message>
        <source>Least-cost corridors between core areas, their gaps, and options compared side by side</source>
        <translation>Коридоры наименьшей стоимости между ключевыми участками, пробелы в их охране и сравнение вариантов</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>Профиль вида</translation>
    </message>
    <message>
        <source>Resistance of each land-cover class for this species (docs/algorithms/resistance.md); custom uses your cost table</source>
        <translation>Сопротивление каждого класса земного покрова для этого вида (docs/algorithms/resistance.md); для собственного профиля используется ваша таблица стоимостей</translation>
    </message>
    <message>
        <source>Cost table</source>
        <translation>Таблица стоимостей</translation>
    </message>
    <message>
        <source>Optional CSV with columns class,cost (land-cover code, cost ≥ 1; empty cost = impassable). Needed for the custom profile</source>
        <translation>Необязательный CSV со столбцами class,cost (код класса земного покрова, стоимость ≥ 1; пустая стоимость = непроходимо). Обязателен для собственного профиля</translation>
    </message>
    <message>
        <source>Barrier width</source>
        <translation>Ширина барьеров</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Core id field</source>
        <translation>Поле ID участка</translation>
    </message>
    <message>
        <source>Field of the core areas layer with a unique id for each core</source>
        <translation>Поле слоя ключевых участков с уникальным идентификатором каждого участка</translation>
    </message>
    <message>
        <source>Max. distance</source>
        <translation>Макс. расстояние</translation>
    </message>
    <message>
        <source>Only core pairs closer than this (straight line, edge to edge, kilometres) are linked</source>
        <translation>Связываются только пары ключевых участков, расположенные ближе этого расстояния (по прямой, от края до края, в километрах)</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Corridor width</source>
        <translation>Ширина коридора</translation>
    </message>
    <message>
        <source>Corridor width in cost units above the least-cost path (normalized least-cost corridor); 0 uses the algorithm&apos;s default</source>
        <translation>Ширина коридора в единицах стоимости сверх пути наименьшей стоимости (нормированный коридор наименьшей стоимости); 0 — значение алгоритма по умолчанию</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>Run resistance and corridors</source>
        <translation>Рассчитать коридоры</translation>
    </message>
    <message>
        <source>Build the resistance surface from the land cover (and roads), then the corridors between the core areas, in the background</source>
        <translation>Построить в фоновом режиме поверхность сопротивления по земному покрову (и дорогам), а затем коридоры между ключевыми участками</translation>
    </message>
    <message>
        <source>Corridor links of the last run, best ranked first</source>
        <translation>Связи коридоров последнего расчёта, лучшие — первыми</translation>
    </message>
    <message>
        <source>Options to compare</source>
        <translation>Сравниваемые варианты</translation>
    </message>
    <message>
        <source>Crossings, restorations or new barriers applied to the baseline resistance, compared link by link</source>
        <translation>Переходы, восстановленные участки или новые барьеры, наложенные на базовое сопротивление, сравниваются по каждой связи</translation>
    </message>
    <message>
        <source>Tick the option layers to compare with the baseline (each option is named after its layer)</source>
        <translation>Отметьте слои вариантов для сравнения с базовым (каждый вариант называется по имени своего слоя)</translation>
    </message>
    <message>
        <source>Compare options</source>
        <translation>Сравнить варианты</translation>
    </message>
    <message>
        <source>Run neaspec:compare_options with the baseline resistance of the last corridor run and the ticked options</source>
        <translation>Запустить neaspec:compare_options с базовым сопротивлением последнего расчёта коридоров и отмеченными вариантами</translation>
    </message>
    <message>
        <source>Least-cost distance per link and option; the change against the baseline in brackets</source>
        <translation>Расстояние наименьшей стоимости по связям и вариантам; в скобках — изменение относительно базового варианта</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <source>Switch the map between the baseline and each option (shows only that option&apos;s layers)</source>
        <translation>Переключать карту между базовым вариантом и каждым из вариантов (показываются только слои выбранного варианта)</translation>
    </message>
    <message>
        <source>4  Ramsar candidates</source>
        <translation>4  Кандидаты в Рамсарские угодья</translation>
    </message>
    <message>
        <source>Candidate transboundary Ramsar sites, split into each Party&apos;s component</source>
        <translation>Кандидаты в трансграничные Рамсарские угодья с разделением на части каждой Стороны</translation>
    </message>
    <message>
        <source>Site field</source>
        <translation>Поле участка</translation>
    </message>
    <message>
        <source>Field of the wetlands layer with a unique site key, matching the counts table&apos;s site column (empty: site, else name)</source>
        <translation>Поле слоя водно-болотных угодий с уникальным ключом участка, совпадающим со столбцом site таблицы учётов (пусто: site, иначе name)</translation>
    </message>
    <message>
        <source>Link distance</source>
        <translation>Расстояние связи</translation>
    </message>
    <message>
        <source>Wetlands closer than this (kilometres) across a border are grouped into one candidate site; 0 uses the algorithm&apos;s default</source>
        <translation>Водно-болотные угодья по разные стороны границы, расположенные ближе этого расстояния (в километрах), объединяются в одного кандидата; 0 — значение алгоритма по умолчанию</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>Найти кандидатов</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_candidates in the background</source>
        <translation>Запустить neaspec:ramsar_candidates в фоновом режиме</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Выбрать на карте</translation>
    </message>
    <message>
        <source>Click a candidate component on the map to select it in the list</source>
        <translation>Щёлкните часть кандидата на карте, чтобы выбрать её в списке</translation>
    </message>
    <message>
        <source>Candidate sites of the last run; select one to see its components and evidence and to zoom to it</source>
        <translation>Кандидаты последнего расчёта; выберите кандидата, чтобы увидеть его части и обоснование и приблизить к нему карту</translation>
    </message>
    <message>
        <source>Components of the selected candidate (one per Party), Ramsar criteria and evidence</source>
        <translation>Части выбранного кандидата (по одной на Сторону), Рамсарские критерии и обоснование</translation>
    </message>
    <message>
        <source>Planning maps, attribute reports and the Ramsar designation package</source>
        <translation>Планировочные карты, отчёты по атрибутам и пакет документов для включения в Рамсарский список</translation>
    </message>
    <message>
        <source>Planning map</source>
        <translation>Планировочная карта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Title printed on the map</source>
        <translation>Заголовок, печатаемый на карте</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Map file to write: .pdf, .png or .svg</source>
        <translation>Файл карты для записи: .pdf, .png или .svg</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>Run neaspec:planning_map with the visible layers of the project</source>
        <translation>Запустить neaspec:planning_map с видимыми слоями проекта</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Report file to write: .xlsx, .csv, .html or .pdf</source>
        <translation>Файл отчёта для записи: .xlsx, .csv, .html или .pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Run neaspec:report on the result tables of this session&apos;s runs</source>
        <translation>Запустить neaspec:report для таблиц результатов расчётов этого сеанса</translation>
    </message>
    <message>
        <source>Ramsar package</source>
        <translation>Рамсарский пакет</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Candidate site to package (from the Ramsar step)</source>
        <translation>Кандидат для пакета (с шага «Рамсарские угодья»)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Folder for the package: per Party a shapefile, KML and map PDF, the RIS sheet and a combined map</source>
        <translation>Каталог для пакета: для каждой Стороны — shape-файл, KML и карта в PDF, лист RIS и сводная карта</translation>
    </message>
    <message>
        <source>Export Ramsar package</source>
        <translation>Экспорт рамсарского пакета</translation>
    </message>
    <message>
        <source>Run neaspec:ramsar_package for the chosen candidate</source>
        <translation>Запустить neaspec:ramsar_package для выбранного кандидата</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>What the planner is doing</source>
        <translation>Что делает планировщик</translation>
    </message>
    <message>
        <source>Progress of the running step</source>
        <translation>Ход выполнения текущего шага</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the running step; nothing is written or added to the map</source>
        <translation>Остановить выполняемый шаг; ничего не будет записано или добавлено на карту</translation>
    </message>
    <message>
        <source>Width in metres over which roads and fences add their cost to the resistance; &quot;default&quot; uses the algorithm&apos;s default width</source>
        <translation>Ширина в метрах, на которой дороги и ограждения добавляют свою стоимость к сопротивлению; «по умолчанию» — ширина, заданная в алгоритме</translation>
    </message>
    <message>
        <source>Land-cover tiles</source>
        <translation>Тайлы покрова</translation>
    </message>
    <message>
        <source>Optional: several land-cover tiles (e.g. ESA WorldCover, as downloaded, in lon/lat) or a folder holding them; they replace the land-cover layer and are mosaicked, reprojected and averaged to 100 m cells</source>
        <translation>Необязательно: несколько тайлов земного покрова (например, ESA WorldCover в том виде, как они скачаны, в географических координатах) или папка с ними; они заменяют слой земного покрова, собираются в мозаику, перепроецируются и усредняются до ячеек 100 m</translation>
    </message>
    <message>
        <source>Pinch points</source>
        <translation>Узкие места</translation>
    </message>
    <message>
        <source>Circuit theory inside the corridors of the last corridor run (neaspec:pinchpoints): the effective resistance of each link, the current map and the pinch points where the corridor is narrow, per country</source>
        <translation>Теория цепей внутри коридоров последнего расчёта коридоров (neaspec:pinchpoints): эффективное сопротивление каждой связи, карта тока и узкие места, где коридор сужается, по странам</translation>
    </message>
    <message>
        <source>How well the protected areas of each country, or the wetlands of a flyway, are connected, and which site matters most</source>
        <translation>Насколько связаны ООПТ каждой страны или водно-болотные угодья пролётного пути и какой участок важнее всего</translation>
    </message>
    <message>
        <source>Dispersal distance</source>
        <translation>Дистанция расселения</translation>
    </message>
    <message>
        <source>Median dispersal distance between protected areas, edge to edge (kilometres): the probability of a link is 0.5 at this distance (JRC: 10 km)</source>
        <translation>Медианная дистанция расселения между ООПТ от края до края (километры): на этой дистанции вероятность связи равна 0,5 (JRC: 10 км)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>ISO3 codes of the countries to assess, separated by commas (empty: every country holding a protected area)</source>
        <translation>Коды ISO3 оцениваемых стран через запятую (пусто: все страны, где есть ООПТ)</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>ProtConn по странам</translation>
    </message>
    <message>
        <source>Run neaspec:protconn on the protected areas and countries of step 1</source>
        <translation>Запустить neaspec:protconn для ООПТ и стран шага 1</translation>
    </message>
    <message>
        <source>Flight distance</source>
        <translation>Дальность перелёта</translation>
    </message>
    <message>
        <source>Distance between wetlands, edge to edge, at which a bird reaches the next site with probability 0.5 (kilometres; cranes: a few hundred km a day)</source>
        <translation>Расстояние между угодьями от края до края, на котором птица достигает следующего участка с вероятностью 0,5 (километры; журавли: несколько сотен км в день)</translation>
    </message>
    <message>
        <source>Flyway network</source>
        <translation>Сеть пролётного пути</translation>
    </message>
    <message>
        <source>Run neaspec:connectivity on the wetlands of step 1 (site field of step 4)</source>
        <translation>Запустить neaspec:connectivity для угодий шага 1 (поле участка из шага 4)</translation>
    </message>
    <message>
        <source>The workshop steps, top to bottom: assign layers, measure overlaps, model corridors, find Ramsar candidates, monitor across borders, export</source>
        <translation>Шаги семинара сверху вниз: назначить слои, измерить перекрытия, смоделировать коридоры, найти кандидатов в Рамсарские угодья, мониторинг через границы, экспорт</translation>
    </message>
    <message>
        <source>5  Monitoring: camera traps across borders</source>
        <translation>5  Мониторинг: фотоловушки через границы</translation>
    </message>
    <message>
        <source>One common survey grid for every country: effort, detections, naive occupancy, monitoring gaps and shared individuals</source>
        <translation>Одна общая сетка учётов для всех стран: усилие, регистрации, наивная встречаемость, пробелы мониторинга и общие особи</translation>
    </message>
    <message>
        <source>Camera-trap stations and detections of every side on one fixed grid (the same cells and ids in every country&apos;s run). Choose the stations and detections in step 1 Layers.</source>
        <translation>Фотоловушки и регистрации всех сторон на одной постоянной сетке (те же ячейки и коды при запуске в каждой стране). Выберите станции и регистрации в шаге 1 «Слои».</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>Размер ячейки</translation>
    </message>
    <message>
        <source>Side of the grid cells in kilometres; every country must use the same size for their grids to match</source>
        <translation>Сторона ячейки сетки в километрах; чтобы сетки совпали, все страны должны взять один размер</translation>
    </message>
    <message>
        <source>Build monitoring grid</source>
        <translation>Построить сетку мониторинга</translation>
    </message>
    <message>
        <source>Run neaspec:monitoring_grid in the background; the grid (effort and occupancy styles, gaps hatched), the summary and the shared individuals land in a layer group</source>
        <translation>Запустить neaspec:monitoring_grid в фоне; сетка (стили усилия и встречаемости, пробелы заштрихованы), итоги и общие особи попадут в группу слоёв</translation>
    </message>
    <message>
        <source>Per country and species: cells surveyed, detected, naive occupancy, individuals, shared individuals and monitoring gaps (last run)</source>
        <translation>По странам и видам: обследованные ячейки, ячейки с регистрациями, наивная встречаемость, особи, общие особи и пробелы мониторинга (последний запуск)</translation>
    </message>
    <message>
        <source>6  Export: maps, reports, Ramsar package</source>
        <translation>6  Карты, отчёты, рамсарский пакет</translation>
    </message>
    <message>
        <source>7  Connectivity: ProtConn and flyways</source>
        <translation>7  Связность: ProtConn и пролётные пути</translation>
    </message>
</context>
<context>
    <name>PlanningMapAlgorithm</name>
    <message>
        <source>Planning map (PDF, PNG, SVG)</source>
        <translation>Планировочная карта (PDF, PNG, SVG)</translation>
    </message>
    <message>
        <source>Layers to map (top first)</source>
        <translation>Слои для карты (сверху вниз)</translation>
    </message>
    <message>
        <source>Layout template (.qpt); empty = bundled page below</source>
        <translation>Шаблон макета (.qpt); пусто — встроенный лист ниже</translation>
    </message>
    <message>
        <source>Bundled page</source>
        <translation>Встроенный лист</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Map extent</source>
        <translation>Охват карты</translation>
    </message>
    <message>
        <source>Margin around the layers (%)</source>
        <translation>Поля вокруг слоёв (%)</translation>
    </message>
    <message>
        <source>Other data sources (credits)</source>
        <translation>Другие источники данных (для подписи)</translation>
    </message>
    <message>
        <source>Atlas: one page per feature of</source>
        <translation>Атлас: по странице на каждый объект слоя</translation>
    </message>
    <message>
        <source>Atlas page name field</source>
        <translation>Поле имени страницы атласа</translation>
    </message>
    <message>
        <source>Resolution (dots per inch; PNG and rasters in PDF)</source>
        <translation>Разрешение (точек на дюйм; PNG и растры в PDF)</translation>
    </message>
    <message>
        <source>Map file</source>
        <translation>Файл карты</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;Изображение PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>No layers to map: choose at least one layer in LAYERS.</source>
        <translation>Нет слоёв для карты: выберите хотя бы один слой в LAYERS.</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>Не удалось прочитать слой '{}'.</translation>
    </message>
    <message>
        <source>Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run again.</source>
        <translation>У слоя '{}' не задана система координат. Задайте её в окне Свойства слоя ▸ Источник и запустите снова.</translation>
    </message>
    <message>
        <source>Styled &apos;{}&apos; with the planner&apos;s style.</source>
        <translation>К слою '{}' применён стиль планировщика.</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .pdf, .png or .svg.</source>
        <translation>Файл результата '{}' должен иметь расширение .pdf, .png или .svg.</translation>
    </message>
    <message>
        <source>Template: {}</source>
        <translation>Шаблон: {}</translation>
    </message>
    <message>
        <source>Cancelled: no map was written.</source>
        <translation>Отменено: карта не записана.</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>Записано: {}</translation>
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
        <translation>Создаёт готовую к печати карту выбранных слоёв по шаблону макета: заголовок, подзаголовок и дата, основная карта в равновеликой проекции с центром в районе работ, условные обозначения отображаемых слоёв, масштабная линейка в km, указатель направления на север, координатная сетка с подписями в градусах, обзорная карта-врезка Северо-Восточной Азии, источники данных (WDPA, Natural Earth и ваши собственные) и оговорка о том, что показанные границы не являются официальными.

Слои сохраняют свой стиль; слои, загруженные из файлов, получают стиль планировщика для своего типа (страны, охраняемые территории, водно-болотные угодья, местообитания, ключевые участки, дороги, земной покров, коридоры…).
Шаблон: файл .qpt или пусто — встроенный лист (A4/A3 книжной или альбомной ориентации, слайд 16:9).
Охват: пусто — все слои с полями (в процентах от охвата с каждой стороны).
Язык: тексты и шрифты (Noto Sans / Noto Sans CJK) для en, zh, ru, mn, ko, ja.
Слой атласа: одна страница на объект (на страну, связь коридора, кандидата в Рамсарские угодья); в PDF попадают все страницы, для PNG/SVG создаётся по файлу на страницу (name_002.png …).
Районы интереса: полигональный слой (районы исследования, парки, бассейны); карта тогда начинается с обзорной страницы всех слоёв, за которой следует по странице на каждый район с его названием в заголовке и в его масштабе (у каждой страницы своя равновеликая проекция, градусная сетка и масштабная линейка); районы обведены на каждой странице.
Результат: .pdf (векторный, со встроенными шрифтами и выделяемым текстом), .png (с разрешением DPI точек на дюйм) или .svg.</translation>
    </message>
    <message>
        <source>Areas of interest: overview page, then one page per area of</source>
        <translation>Районы интереса: обзорная страница, затем по странице на каждый район слоя</translation>
    </message>
    <message>
        <source>Area name field (page titles)</source>
        <translation>Поле названия района (заголовки страниц)</translation>
    </message>
    <message>
        <source>Choose either an atlas layer or areas of interest, not both.</source>
        <translation>Выберите либо слой атласа, либо районы интереса, но не оба сразу.</translation>
    </message>
    <message>
        <source>The areas of interest layer &apos;{}&apos; has no features: nothing to make pages of.</source>
        <translation>В слое районов интереса «{}» нет объектов: не из чего делать страницы.</translation>
    </message>
</context>
<context>
    <name>ProtConnAlgorithm</name>
    <message>
        <source>Protected-area connectivity per country (ProtConn)</source>
        <translation>Связность ООПТ по странам (ProtConn)</translation>
    </message>
    <message>
        <source>Protected areas</source>
        <translation>Охраняемые территории</translation>
    </message>
    <message>
        <source>Countries (land polygons)</source>
        <translation>Страны (полигоны суши)</translation>
    </message>
    <message>
        <source>Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Поле кода страны (по умолчанию: ISO3 / ISO_A3 / ADM0_A3 / GID_0)</translation>
    </message>
    <message>
        <source>Countries to assess (ISO3 codes separated by commas; default: all)</source>
        <translation>Оцениваемые страны (коды ISO3 через запятую; по умолчанию все)</translation>
    </message>
    <message>
        <source>Foreign stepping stones within (m)</source>
        <translation>Зарубежные промежуточные участки в пределах (м)</translation>
    </message>
    <message>
        <source>Smallest protected part kept (ha)</source>
        <translation>Наименьшая сохраняемая охраняемая часть (га)</translation>
    </message>
    <message>
        <source>Importance of every node (dPC)</source>
        <translation>Значимость каждого узла (dPC)</translation>
    </message>
    <message>
        <source>Draw WDPA points as circles of their reported area (REP_AREA; approximate)</source>
        <translation>Показывать точки WDPA кругами с заявленной площадью (REP_AREA; приблизительно)</translation>
    </message>
    <message>
        <source>Include proposed protected areas (WDPA STATUS &apos;Proposed&apos;)</source>
        <translation>Включить предлагаемые охраняемые территории (WDPA STATUS 'Proposed')</translation>
    </message>
    <message>
        <source>ProtConn per country</source>
        <translation>ProtConn по странам</translation>
    </message>
    <message>
        <source>ProtConn nodes with their importance (dPC)</source>
        <translation>Узлы ProtConn и их значимость (dPC)</translation>
    </message>
    <message>
        <source>{}: Prot {:.2f} %, ProtConn {:.2f} %, ProtConn_Bound {:.2f} % ({} nodes, {} foreign stepping stones).</source>
        <translation>{}: Prot {:.2f} %, ProtConn {:.2f} %, ProtConn_Bound {:.2f} % (узлов: {}, зарубежных промежуточных: {}).</translation>
    </message>
    <message>
        <source>ProtConn, the indicator of Kunming–Montreal target 3 (Saura et al.; the JRC DOPA method): the share of a country's land that is protected and connected.

PROTECTED: protected-area polygons, filtered as in WDPA analyses (no 'Proposed' or 'Not Reported' sites, no UNESCO-MAB Biosphere Reserves; point sites only with BUFFER_POINTS, as circles of their REP_AREA). They are cut at the borders of COUNTRIES (ISO3 codes from COUNTRY_FIELD), dissolved per country and split into single parts: the nodes; parts below MIN_AREA_HA (ha) are dropped. COUNTRY_CODES: the countries to assess, separated by commas (default: every country holding a protected area).
Protected areas of other countries within TRANSBOUNDARY_DISTANCE (m) of the country are stepping stones with no area of their own — also those touching the border and the outer part of a park that straddles it. Distances are edge to edge in an equal-area projection; p = PROBABILITY at MEDIAN_DISTANCE (JRC: 10 km, 0.5).

SUMMARY, one row per country (all in % of the land area unless named otherwise): land_ha, prot_ha, prot, protconn, protunconn = prot − protconn, relconn = 100 protconn / prot; in % of protconn: protconn_trans (owed to the foreign stepping stones), protconn_prot (within dissolved protected land), protconn_unprot (through unprotected land), protconn_within (within single protected areas) and protconn_contig = protconn_prot − protconn_within (across touching areas); the JRC bound correction: sea_outland (what sea and foreign land cut off), protconn_bound = protconn + sea_outland, protunconn_design = prot − protconn_bound; n_nodes, n_foreign.
NODES: the nodes of each assessment with country (assessed), node_country, a (ha; 0 for stepping stones), foreign (1/0), dPC and rank (1 = the node whose loss costs most) — with NODE_IMPORTANCE (advanced; slow for thousands of protected areas), else dPC is empty and rank 0.</source>
        <translation>ProtConn — индикатор цели 3 Куньминско-Монреальской рамочной программы (Saura et al.; метод JRC DOPA): доля суши страны, которая охраняется и связана.

PROTECTED: полигоны ООПТ, отобранные как в анализах WDPA (без объектов «Proposed» и «Not Reported», без биосферных резерватов UNESCO-MAB; точечные объекты — только с BUFFER_POINTS, как круги площадью REP_AREA). Они разрезаются по границам COUNTRIES (коды ISO3 из COUNTRY_FIELD), объединяются по странам и делятся на односоставные части — узлы; части меньше MIN_AREA_HA (га) отбрасываются. COUNTRY_CODES: оцениваемые страны через запятую (по умолчанию все страны, где есть ООПТ).
ООПТ других стран в пределах TRANSBOUNDARY_DISTANCE (м) от страны служат промежуточными звеньями без собственной площади — в том числе касающиеся границы и внешняя часть пересекающего её парка. Расстояния — от края до края в равновеликой проекции; p = PROBABILITY на дистанции MEDIAN_DISTANCE (JRC: 10 км, 0,5).

SUMMARY, по строке на страну (всё в % площади суши, если не указано иное): land_ha, prot_ha, prot, protconn, protunconn = prot − protconn, relconn = 100 protconn / prot; в % от protconn: protconn_trans (благодаря зарубежным промежуточным участкам), protconn_prot (внутри объединённой охраняемой территории), protconn_unprot (через неохраняемые земли), protconn_within (внутри отдельных ООПТ) и protconn_contig = protconn_prot − protconn_within (через соприкасающиеся ООПТ); поправка JRC на границы: sea_outland (что отсекают море и чужая суша), protconn_bound = protconn + sea_outland, protunconn_design = prot − protconn_bound; n_nodes, n_foreign.
NODES: узлы каждой оценки с country (оцениваемая страна), node_country, a (га; 0 у промежуточных), foreign (1/0), dPC и rank (1 = узел, потеря которого обходится дороже всего).
dPC и rank вычисляются только с NODE_IMPORTANCE (дополнительно; медленно для тысяч ООПТ), иначе dPC пусто, а rank равен 0.</translation>
    </message>
</context>
<context>
    <name>RamsarCandidatesAlgorithm</name>
    <message>
        <source>Ramsar candidates (transboundary)</source>
        <translation>Кандидаты в Рамсарские угодья (трансграничные)</translation>
    </message>
    <message>
        <source>Finds candidate Ramsar sites in a wetland layer and splits each into one component per Party (country), with the figures a Ramsar Information Sheet asks for.

Wetlands (and existing Ramsar sites and, optionally, protected areas) closer than the link distance (metres) form one candidate complex; its boundary is the union of its members, optionally joined across narrow gaps by a closing distance (metres) that never reaches outside the members' convex hull or into the sea unless you allow it. The boundary is cut by the countries into national components.

Each component gets: candidate id (C01, C02… west to east), party (ISO3), area_ha (hectares, equal-area projection), centroid_lat/centroid_lon (WGS84 degrees; a point on the surface when the centroid falls outside), extends_abroad (1 when the candidate has components in other countries), adjacent_ramsar (designated Ramsar sites of another Party within the adjacency distance, with their number), criteria (e.g. 2,5,6) and evidence.

Criteria come from the optional tables: COUNTS (site, species, season, count — site as in the wetlands' site field), THRESHOLDS (species, population, threshold_1pct or estimate; thresholds are computed from the estimate with the Waterbird Population Estimates rounding rule: 1 % rounded to the nearest 1 up to 10, 5 up to 100, 10 up to 1,000, 100 above; populations of 2,000,000 or more → 20,000) and SPECIES (species, scientific_name, redlist_category). Criterion 5: 20,000 waterbirds or more regularly; Criterion 6: 1 % of a population regularly; Criterion 2: a VU, EN or CR species counted. &quot;Regularly&quot; (unverified reading of the Ramsar glossary): reached in two thirds of the seasons with counts, with at least 3 seasons; or the mean of the seasonal maxima over at least 5 seasons. Bad table rows (text in numeric columns, negative counts, unknown species or sites) are rejected and listed with their line numbers (header = line 1) in the log.

SUMMARY: one row per candidate (candidate, parties, area_ha, n_members, criteria, evidence). Candidates are illustrative, not official boundaries.</source>
        <translation>Находит в слое водно-болотных угодий кандидатов в Рамсарские угодья и делит каждого из них на части по Сторонам (странам), с показателями, которые требуются для Информационного листа Рамсарского угодья.

Водно-болотные угодья (а также существующие Рамсарские угодья и, по желанию, охраняемые территории), расположенные друг от друга ближе расстояния связи (в метрах), образуют один комплекс-кандидат; его граница — объединение входящих в него участков, по желанию соединённых через узкие разрывы с помощью расстояния замыкания (в метрах); замыкание не выходит за пределы выпуклой оболочки участков и в море, если вы этого не разрешите. Граница разрезается по странам на национальные части.

Каждая часть получает: candidate — идентификатор кандидата (C01, C02… с запада на восток), party (ISO3), area_ha (гектары, равновеликая проекция), centroid_lat/centroid_lon (градусы WGS84; точка на поверхности, если центроид оказывается вне части), extends_abroad (1, если у кандидата есть части в других странах), adjacent_ramsar (Рамсарские угодья другой Стороны в пределах расстояния смежности и их число), criteria (например, 2,5,6) и evidence (обоснование).

Критерии определяются по необязательным таблицам: COUNTS (site, species, season, count; site — как в поле участка слоя водно-болотных угодий), THRESHOLDS (species, population, threshold_1pct или estimate; пороги вычисляются из оценки численности по правилу округления Waterbird Population Estimates: 1 % округляется до ближайшего целого при значениях до 10, до кратного 5 — до 100, до кратного 10 — до 1 000, до кратного 100 — свыше; для популяций численностью 2 000 000 и более → 20 000) и SPECIES (species, scientific_name, redlist_category). Критерий 5: регулярно 20 000 и более водоплавающих птиц; Критерий 6: регулярно 1 % особей популяции; Критерий 2: учтён вид категории VU, EN или CR. «Регулярно» (непроверенное толкование глоссария Рамсарской конвенции): уровень достигнут в двух третях сезонов с учётами при не менее чем 3 сезонах либо достигнут средним из сезонных максимумов не менее чем за 5 сезонов. Ошибочные строки таблиц (текст в числовых столбцах, отрицательная численность, неизвестные виды или участки) отклоняются и перечисляются в журнале с номерами строк (заголовок = строка 1).

SUMMARY: одна строка на кандидата (candidate, parties, area_ha, n_members, criteria, evidence). Кандидаты иллюстративны и не являются официальными границами.</translation>
    </message>
    <message>
        <source>Wetlands (polygons)</source>
        <translation>Водно-болотные угодья (полигоны)</translation>
    </message>
    <message>
        <source>Site key field (matches the counts&apos; site column; default: site, else name)</source>
        <translation>Поле ключа участка (совпадает со столбцом site таблицы учётов; по умолчанию: site, иначе name)</translation>
    </message>
    <message>
        <source>Countries (polygons)</source>
        <translation>Страны (полигоны)</translation>
    </message>
    <message>
        <source>Country ISO3 field (default: detect ISO3 / ISO_A3 / ADM0_A3 / GID_0)</source>
        <translation>Поле ISO3 страны (по умолчанию: определить ISO3 / ISO_A3 / ADM0_A3 / GID_0 автоматически)</translation>
    </message>
    <message>
        <source>Designated Ramsar sites (polygons)</source>
        <translation>Включённые в список Рамсарские угодья (полигоны)</translation>
    </message>
    <message>
        <source>Waterbird counts table (site, species, season, count)</source>
        <translation>Таблица учётов водоплавающих птиц (site, species, season, count)</translation>
    </message>
    <message>
        <source>1 % thresholds table (species, population, threshold_1pct or estimate)</source>
        <translation>Таблица порогов 1 % (species, population, threshold_1pct или estimate)</translation>
    </message>
    <message>
        <source>Link distance between wetlands of one complex (m)</source>
        <translation>Расстояние связи между водно-болотными угодьями одного комплекса (m)</translation>
    </message>
    <message>
        <source>Protected areas to include as members (polygons)</source>
        <translation>Охраняемые территории, включаемые в комплекс (полигоны)</translation>
    </message>
    <message>
        <source>Closing distance across narrow gaps (m; 0 = plain union)</source>
        <translation>Расстояние замыкания через узкие разрывы (m; 0 = простое объединение)</translation>
    </message>
    <message>
        <source>Let the closing reach outside the members&apos; convex hull</source>
        <translation>Разрешить замыканию выходить за пределы выпуклой оболочки участков</translation>
    </message>
    <message>
        <source>Let the closing reach into the sea (outside every country)</source>
        <translation>Разрешить замыканию выходить в море (за пределы всех стран)</translation>
    </message>
    <message>
        <source>Adjacency distance to another Party&apos;s Ramsar site (m)</source>
        <translation>Расстояние смежности до Рамсарского угодья другой Стороны (m)</translation>
    </message>
    <message>
        <source>Species table (species, scientific_name, redlist_category)</source>
        <translation>Таблица видов (species, scientific_name, redlist_category)</translation>
    </message>
    <message>
        <source>&quot;Regularly&quot; rule (unverified reading of the Ramsar glossary)</source>
        <translation>Правило «регулярно» (непроверенное толкование глоссария Рамсарской конвенции)</translation>
    </message>
    <message>
        <source>Reached in 2/3 of the seasons with counts</source>
        <translation>Достигнуто в 2/3 сезонов с учётами</translation>
    </message>
    <message>
        <source>Mean of seasonal maxima reaches the level</source>
        <translation>Среднее сезонных максимумов достигает уровня</translation>
    </message>
    <message>
        <source>Minimum seasons with counts (2/3 rule: 3; mean rule: 5)</source>
        <translation>Минимальное число сезонов с учётами (правило 2/3: 3; правило среднего: 5)</translation>
    </message>
    <message>
        <source>Ramsar candidate components</source>
        <translation>Части кандидатов в Рамсарские угодья</translation>
    </message>
    <message>
        <source>Ramsar candidate summary</source>
        <translation>Сводка по кандидатам в Рамсарские угодья</translation>
    </message>
    <message>
        <source>Number of candidates</source>
        <translation>Число кандидатов</translation>
    </message>
    <message>
        <source>Number of national components</source>
        <translation>Число национальных частей</translation>
    </message>
    <message>
        <source>Table rows rejected</source>
        <translation>Отклонено строк таблиц</translation>
    </message>
    <message>
        <source>Reading layers…</source>
        <translation>Чтение слоёв…</translation>
    </message>
    <message>
        <source>{} table rows were rejected (listed above with their line numbers); the other rows were used.</source>
        <translation>Отклонено строк таблиц: {} (перечислены выше с номерами строк); остальные строки использованы.</translation>
    </message>
    <message>
        <source>No candidate complex found: the outputs are empty.</source>
        <translation>Не найдено ни одного комплекса-кандидата: результаты пусты.</translation>
    </message>
    <message>
        <source>Shapefile output: field names are cut to 10 characters and texts to 254 bytes; use a GeoPackage to keep the full evidence.</source>
        <translation>Результат в формате shape-файла: имена полей обрезаются до 10 символов, а тексты — до 254 байт; чтобы сохранить обоснование полностью, используйте GeoPackage.</translation>
    </message>
</context>
<context>
    <name>RamsarPackageAlgorithm</name>
    <message>
        <source>Ramsar designation package</source>
        <translation>Пакет документов для включения в Рамсарский список</translation>
    </message>
    <message>
        <source>Writes the files an Administrative Authority needs to propose its part of a candidate (transboundary) Ramsar site, from the output of &apos;Ramsar candidates (transboundary)&apos;.

For the chosen candidate id (e.g. C02) it creates the folder &lt;id&gt;_&lt;name&gt; in the output folder with one sub-folder per Party (ISO3 code) holding: the boundary as a shapefile in WGS84 (EPSG:4326; .shp .shx .dbf .prj .cpg, UTF-8, field names of at most 10 characters) and as KML; an A4 map (PDF) of the Party&apos;s component with the other Parties&apos; components in grey, graticule in degrees, scale bar in km, north arrow, locator, legend, sources and the statement that the boundary is not official; and a Ramsar Information Sheet field sheet (XLSX and HTML) with the site names in the Party&apos;s language and English, the central coordinates, the area calculated from the GIS boundary in hectares, an empty column for the official area, the two border questions (does the site extend into another country; is it adjacent to another Party&apos;s Ramsar site) and the criteria met with their evidence. At the top level: a combined transboundary map (PDF), a components table (XLSX, HTML) and README.txt.

Language: &apos;auto&apos; labels each Party&apos;s files in English and that Party&apos;s language. Countries (optional) draw the background and the locator. File names are ASCII and safe on Windows; the package is built in a temporary folder and moved into place only when complete (an existing package of the same candidate is replaced).</source>
        <translation>Создаёт файлы, необходимые Административному органу, чтобы предложить свою часть кандидата в (трансграничное) Рамсарское угодье, на основе результата инструмента «Кандидаты в Рамсарские угодья (трансграничные)».

Для выбранного идентификатора кандидата (например, C02) в выходном каталоге создаётся каталог &lt;id&gt;_&lt;name&gt; с подкаталогом для каждой Стороны (код ISO3), в котором находятся: граница в виде shape-файла в WGS84 (EPSG:4326; .shp .shx .dbf .prj .cpg, UTF-8, имена полей не длиннее 10 символов) и в виде KML; карта формата A4 (PDF) части этой Стороны, где части других Сторон показаны серым, с координатной сеткой в градусах, масштабной линейкой в km, указателем направления на север, обзорной врезкой, условными обозначениями, источниками и оговоркой о том, что граница не является официальной; а также бланк полей Информационного листа Рамсарского угодья (XLSX и HTML) с названиями угодья на языке Стороны и на английском, координатами центра, площадью в гектарах, рассчитанной по границе в ГИС, пустым столбцом для официальной площади, двумя вопросами о границе (заходит ли угодье на территорию другой страны; примыкает ли оно к Рамсарскому угодью другой Стороны) и выполненными критериями с обоснованием. На верхнем уровне: сводная трансграничная карта (PDF), таблица частей (XLSX, HTML) и README.txt.

Язык: при значении 'auto' файлы каждой Стороны подписываются на английском и на языке этой Стороны. Страны (необязательно) используются для фона и обзорной врезки. Имена файлов состоят только из символов ASCII и допустимы в Windows; пакет собирается во временном каталоге и перемещается на место только после завершения (существующий пакет того же кандидата заменяется).</translation>
    </message>
    <message>
        <source>Ramsar candidate components (output of Ramsar candidates)</source>
        <translation>Части кандидатов в Рамсарские угодья (результат инструмента «Кандидаты в Рамсарские угодья»)</translation>
    </message>
    <message>
        <source>Candidate id (e.g. C02; empty when the layer holds only one candidate)</source>
        <translation>Идентификатор кандидата (например, C02; пусто, если в слое только один кандидат)</translation>
    </message>
    <message>
        <source>Second language of the labels</source>
        <translation>Второй язык подписей</translation>
    </message>
    <message>
        <source>Each Party&apos;s own language</source>
        <translation>Язык каждой Стороны</translation>
    </message>
    <message>
        <source>Countries for the map background and locator (polygons)</source>
        <translation>Страны для фона карты и обзорной врезки (полигоны)</translation>
    </message>
    <message>
        <source>Sources statement printed on the maps</source>
        <translation>Указание источников, печатаемое на картах</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Выходной каталог</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>Каталог пакета</translation>
    </message>
    <message>
        <source>Number of files written</source>
        <translation>Число записанных файлов</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Выберите выходной каталог.</translation>
    </message>
    <message>
        <source>Layer CANDIDATES has no coordinate reference system.</source>
        <translation>У слоя CANDIDATES не задана система координат.</translation>
    </message>
    <message>
        <source>Candidate boundaries computed with NEASPEC Planner (neaspec:ramsar_candidates) from the user&apos;s layers ({}); illustrative, not official.</source>
        <translation>Границы кандидатов рассчитаны в NEASPEC Planner (neaspec:ramsar_candidates) по слоям пользователя ({}); иллюстративные, не официальные.</translation>
    </message>
    <message>
        <source>No COUNTRIES given: the bundled Natural Earth countries of North-East Asia are drawn as background and locator.</source>
        <translation>Параметр COUNTRIES не задан: в качестве фона и обзорной врезки показаны встроенные границы стран Северо-Восточной Азии из Natural Earth.</translation>
    </message>
    <message>
        <source> Country outlines: Natural Earth 1:10m (public domain).</source>
        <translation> Контуры стран: Natural Earth 1:10m (общественное достояние).</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <source>Attribute report (XLSX, CSV, HTML, PDF)</source>
        <translation>Отчёт по атрибутам (XLSX, CSV, HTML, PDF)</translation>
    </message>
    <message>
        <source>Writes the attribute tables of result layers and tables as a report for national reporting.

Column headings carry units: area_ha → Area (ha), protected_pct → Protected (%), *_m → metres (shown in km in HTML/PDF when the distances are long); the original field name is kept (second header row in XLSX, [field] in CSV, a list of columns in HTML/PDF).
XLSX: one sheet per table, formatted and frozen header, numbers stay numbers, plus a sheet listing the columns and units.
CSV: UTF-8, one file per table (the first at the output path, the others beside it). The Excel-friendly option adds a byte-order mark and, for languages that write a decimal comma (ru, mn…), uses ';' between columns and ',' in numbers.
HTML: a single file that opens offline (no external resources): sortable tables, a bar chart of the protected share per country (tables with a country column and protected_pct) and a map thumbnail of each spatial layer.
PDF: A4, selectable text, same content as the HTML.
Language: headings, number and date formats (en, zh, ru, mn, ko, ja).</source>
        <translation>Записывает таблицы атрибутов слоёв и таблиц с результатами в виде отчёта для национальной отчётности.

Заголовки столбцов содержат единицы измерения: area_ha → Площадь (га), protected_pct → Под охраной (%), *_m → метры (в HTML/PDF показываются в km, если расстояния большие); исходное имя поля сохраняется (вторая строка заголовка в XLSX, [поле] в CSV, список столбцов в HTML/PDF).
XLSX: по листу на таблицу, отформатированный и закреплённый заголовок, числа остаются числами, плюс лист со списком столбцов и единиц измерения.
CSV: UTF-8, по файлу на таблицу (первый — по пути результата, остальные — рядом с ним). Вариант для Excel добавляет метку порядка байтов (BOM), а для языков с десятичной запятой (ru, mn…) использует ';' между столбцами и ',' в числах.
HTML: один файл, открывающийся без подключения к сети (без внешних ресурсов): сортируемые таблицы, столбчатая диаграмма доли охраняемых местообитаний по странам (для таблиц со столбцом страны и protected_pct) и миниатюра карты для каждого пространственного слоя.
PDF: A4, выделяемый текст, то же содержание, что и в HTML.
Язык: заголовки, форматы чисел и дат (en, zh, ru, mn, ko, ja).</translation>
    </message>
    <message>
        <source>Layers and tables</source>
        <translation>Слои и таблицы</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Заголовок отчёта</translation>
    </message>
    <message>
        <source>CSV for Excel (BOM, locale separator)</source>
        <translation>CSV для Excel (BOM, разделитель по языку)</translation>
    </message>
    <message>
        <source>Map thumbnails in HTML/PDF</source>
        <translation>Миниатюры карт в HTML/PDF</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No layer or table to report: choose at least one in INPUT.</source>
        <translation>Нет слоёв или таблиц для отчёта: выберите хотя бы один элемент в INPUT.</translation>
    </message>
    <message>
        <source>Output &apos;{}&apos; must end in .xlsx, .csv, .html or .pdf.</source>
        <translation>Файл результата '{}' должен иметь расширение .xlsx, .csv, .html или .pdf.</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos; could not be read.</source>
        <translation>Не удалось прочитать слой '{}'.</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>Записано: {}</translation>
    </message>
</context>
<context>
    <name>ResistanceAlgorithm</name>
    <message>
        <source>Resistance surface (species profile)</source>
        <translation>Поверхность сопротивления (профиль вида)</translation>
    </message>
    <message>
        <source>Species profile</source>
        <translation>Профиль вида</translation>
    </message>
    <message>
        <source>Cost table (CSV class,cost; required for custom)</source>
        <translation>Таблица стоимостей (CSV class,cost; обязательна для custom)</translation>
    </message>
    <message>
        <source>Barriers (roads, railways, fences)</source>
        <translation>Барьеры (дороги, железные дороги, ограждения)</translation>
    </message>
    <message>
        <source>Barrier width (m)</source>
        <translation>Ширина барьеров (m)</translation>
    </message>
    <message>
        <source>Barrier cost field</source>
        <translation>Поле стоимости барьера</translation>
    </message>
    <message>
        <source>Default barrier cost (lines without cost or known type)</source>
        <translation>Стоимость барьера по умолчанию (линии без стоимости и известного типа)</translation>
    </message>
    <message>
        <source>Treat classes missing from the table as impassable</source>
        <translation>Считать классы, отсутствующие в таблице, непроходимыми</translation>
    </message>
    <message>
        <source>Resistance (cost ≥ 1, nodata = impassable)</source>
        <translation>Сопротивление (стоимость ≥ 1, «нет данных» = непроходимо)</translation>
    </message>
    <message>
        <source>The resistance raster is written as GeoTIFF: give the output a .tif name (got &apos;{}&apos;).</source>
        <translation>Растр сопротивления записывается в формате GeoTIFF: укажите имя результата с расширением .tif (указано '{}').</translation>
    </message>
    <message>
        <source>Profile '{}': its costs are expert defaults (ED) — adjust them for your region (copy resources/profiles/{}.csv and give it as TABLE).</source>
        <translation>Профиль '{}': его стоимости — экспертные значения по умолчанию (ED); адаптируйте их к своему региону (скопируйте resources/profiles/{}.csv и укажите копию как TABLE).</translation>
    </message>
    <message>
        <source>{} barrier feature(s) read from &apos;{}&apos;.</source>
        <translation>Прочитано объектов барьеров: {} из '{}'.</translation>
    </message>
    <message>
        <source>Cancelled: no output was written.</source>
        <translation>Отменено: результаты не записаны.</translation>
    </message>
    <message>
        <source>Resistance {} × {} cells: cost {} – {}, {} nodata (impassable) cell(s).</source>
        <translation>Сопротивление {} × {} ячеек: стоимость {} – {}, ячеек «нет данных» (непроходимых): {}.</translation>
    </message>
    <message>
        <source>Land cover (class raster, or several tiles such as ESA WorldCover)</source>
        <translation>Земной покров (растр классов или несколько тайлов, например ESA WorldCover)</translation>
    </message>
    <message>
        <source>Elevation (DEM, m; one raster or several tiles) for the slope/ruggedness term</source>
        <translation>Высоты (DEM, м; один растр или несколько тайлов) для члена уклона/расчленённости</translation>
    </message>
    <message>
        <source>Aggregate fine cells (mean = average of their costs; mode = majority class)</source>
        <translation>Агрегирование мелких ячеек (mean — среднее их стоимостей; mode — преобладающий класс)</translation>
    </message>
    <message>
        <source>Analysis cell size (m; default: the land cover&apos;s when projected, else 100)</source>
        <translation>Размер ячейки анализа (м; по умолчанию — ячейка земного покрова, если он в проекции, иначе 100)</translation>
    </message>
    <message>
        <source>Target CRS (default: equal-area centred on the extent)</source>
        <translation>Целевая система координат (по умолчанию — равновеликая с центром в охвате)</translation>
    </message>
    <message>
        <source>Extent (default: the land-cover tiles&apos;)</source>
        <translation>Охват (по умолчанию — охват тайлов земного покрова)</translation>
    </message>
    <message>
        <source>Raster &apos;{}&apos; is not a file GDAL can read; save it as a GeoTIFF first.</source>
        <translation>Растр '{}' не является файлом, который может прочитать GDAL; сначала сохраните его как GeoTIFF.</translation>
    </message>
    <message>
        <source>Turns a land-cover raster into a resistance (cost) raster for least-cost corridors: each cell gets the cost of crossing it for the chosen species, from 1 (easiest) upwards; impassable or unknown cells are nodata (-9999).

&lt;b&gt;The species profiles are expert defaults (ED), not published values: adjust them to your region before using results.&lt;/b&gt; No published class-to-resistance table for these species could be read; the bundled tables (folder resources/profiles of the plugin) give for each number only the direction of effect from qualitative findings and their sources.

Land cover: ESA WorldCover 10 m classes (10 tree cover … 100 moss and lichen; 0 = no data) for the species profiles, or any integer class raster with your own TABLE. LANDCOVER may be several tiles (e.g. ESA WorldCover 3° tiles in EPSG:4326, as downloaded) or a folder of them, in any CRS: they are mosaicked (a VRT), reprojected to TARGET_CRS (default: the Lambert azimuthal equal-area CRS centred on EXTENT) at CELL_SIZE metres (default: the cell of a single projected raster, else 100) over EXTENT (default: the tiles' extent). AGGREGATE mean (default): the cost of every fine cell is looked up first, then averaged over each analysis cell, nodata cells left out; a cell whose fine cells are mostly impassable is impassable. AGGREGATE mode: the majority class of the fine cells, then its cost. The tiles are read block by block within a memory budget printed first; parts of the extent that no tile covers are nodata and reported, with the names of the tiles to add. DEM may be several tiles too: slope and ruggedness are computed in metres on the analysis grid.
Profiles: amur_tiger, amur_leopard, snow_leopard, crane (cranes on foot: chicks or moult; flight between wetlands is not a cost-surface problem), custom (TABLE required).
TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'); lines starting with # are comments. Given with a species profile it replaces that profile's land-cover costs. Classes present in the raster but missing from the table stop the run with their list, unless you treat them as impassable. WorldCover does not separate forest types, paddy from dry cropland, or tidal flats (class 60/80): check those classes.
BARRIERS: roads, railways, fences as lines, burned BARRIER_WIDTH metres wide (all cells the buffered line touches) with the larger of the barrier and land-cover cost. Each line's cost comes from a number in BARRIER_FIELD (default 'cost'; 'impassable' makes it nodata), else from its OSM type (highway, railway, barrier, type or fclass field: motorway 1000, trunk/primary 500, secondary 200, tertiary 80, track 20, rail 300, fence 1000 for tigers — all ED), else BARRIER_COST (lines with no cost and no type: 1000 if BARRIER_COST is empty).
DEM (optional, metres; resampled onto the land-cover grid if needed): tiger and leopard cost ×1.5 on slopes of 30–45° and ×3 above 45°; cranes ×5 above 5°; snow leopard cost lowered in rugged terrain, R × (1 − 0.5·min(TRI/TRI_p90, 1)), never below 1. All ED.</source>
        <translation>Преобразует растр земного покрова в растр сопротивления (стоимости) для коридоров наименьшей стоимости: каждая ячейка получает стоимость её пересечения для выбранного вида — от 1 (легче всего) и выше; непроходимые или неизвестные ячейки получают значение «нет данных» (-9999).

&lt;b&gt;Профили видов — это экспертные значения по умолчанию (ED), а не опубликованные данные: прежде чем использовать результаты, адаптируйте их к своему региону.&lt;/b&gt; Опубликованной таблицы соответствия классов и сопротивления для этих видов найти не удалось; встроенные таблицы (каталог resources/profiles модуля) указывают для каждого числа лишь направление влияния по качественным данным и их источники.

Земной покров: классы ESA WorldCover с разрешением 10 m (10 — древесный покров … 100 — мхи и лишайники; 0 — нет данных) для профилей видов или любой целочисленный растр классов с вашей таблицей TABLE. LANDCOVER может быть несколькими тайлами (например, тайлами ESA WorldCover 3° в EPSG:4326 в том виде, как они скачаны) или папкой с ними, в любой системе координат: они собираются в мозаику (VRT), перепроецируются в TARGET_CRS (по умолчанию — азимутальная равновеликая проекция Ламберта с центром в EXTENT) с ячейкой CELL_SIZE метров (по умолчанию — ячейка единственного растра в проекции, иначе 100) в пределах EXTENT (по умолчанию — охват тайлов). AGGREGATE mean (по умолчанию): сначала определяется стоимость каждой мелкой ячейки, затем она усредняется по каждой ячейке анализа без ячеек «нет данных»; ячейка, мелкие ячейки которой в основном непроходимы, непроходима. AGGREGATE mode: преобладающий класс мелких ячеек, затем его стоимость. Тайлы читаются блоками в пределах бюджета памяти, который выводится в начале; части охвата без тайлов получают «нет данных», о них сообщается с именами тайлов, которые нужно добавить. DEM тоже может состоять из нескольких тайлов: уклон и расчленённость вычисляются в метрах на сетке анализа.
Профили: amur_tiger, amur_leopard, snow_leopard, crane (журавли, передвигающиеся по земле: птенцы или линяющие птицы; перелёт между водно-болотными угодьями не моделируется поверхностью стоимости), custom (требуется TABLE).
TABLE: файл CSV со столбцами class,cost (cost ≥ 1 или 'impassable'); строки, начинающиеся с #, считаются комментариями. Если задана вместе с профилем вида, таблица заменяет стоимости земного покрова этого профиля. Классы, которые есть в растре, но отсутствуют в таблице, останавливают расчёт с выводом их списка, если вы не решили считать их непроходимыми. WorldCover не различает типы леса, рисовые поля и богарную пашню, а также приливные осушки (класс 60/80): проверьте эти классы.
BARRIERS: дороги, железные дороги и ограждения в виде линий, прожигаемые в растр полосой шириной BARRIER_WIDTH метров (все ячейки, которых касается буфер линии), с большей из стоимостей барьера и земного покрова. Стоимость каждой линии берётся из числа в поле BARRIER_FIELD (по умолчанию 'cost'; 'impassable' даёт «нет данных»), иначе — по её типу OSM (поле highway, railway, barrier, type или fclass: motorway 1000, trunk/primary 500, secondary 200, tertiary 80, track 20, rail 300, fence 1000 для тигров — всё ED), иначе — из BARRIER_COST (для линий без стоимости и без типа: 1000, если BARRIER_COST не задан).
DEM (необязательно, в метрах; при необходимости передискретизируется на сетку земного покрова): стоимость для тигра и леопарда ×1,5 на склонах 30–45° и ×3 на склонах круче 45°; для журавлей ×5 на склонах круче 5°; для снежного барса стоимость снижается на пересечённой местности: R × (1 − 0.5·min(TRI/TRI_p90, 1)), но не ниже 1. Всё — ED.</translation>
    </message>
</context>
</TS>
