"""Fixed texts of maps and reports in the six working languages (en, zh, ru, mn, ko, ja).

One place for the few sentences that appear on every map and report — title defaults, credits, the boundary
disclaimer, legend and report headings, readable layer names, column labels and units — so that maps, reports and
the translations work all use the same wording. Pure Python (no QGIS import).

Lookups fall back to English for a missing language or key::

    >>> text("legend", "ru")
    'Условные обозначения'
    >>> column_label("area_ha", "en")
    'Area (ha)'
"""
from __future__ import annotations

import re
from typing import Optional

from neaspec_planner.languages import LANGUAGES

#: Font family per language (Debian fonts-noto-core / fonts-noto-cjk). Latin, Cyrillic and Mongolian Cyrillic use
#: Noto Sans; CJK languages the CJK face of their script (Noto Sans CJK also covers Latin and Cyrillic).
FONTS = {
    "en": "Noto Sans",
    "ru": "Noto Sans",
    "mn": "Noto Sans",
    "zh": "Noto Sans CJK SC",
    "ko": "Noto Sans CJK KR",
    "ja": "Noto Sans CJK JP",
}

#: QLocale names used for number and date formats.
LOCALES = {"en": "en_GB", "zh": "zh_CN", "ru": "ru_RU", "mn": "mn_MN", "ko": "ko_KR", "ja": "ja_JP"}

WDPA_CITATION = ("UNEP-WCMC and IUCN ({year}), Protected Planet: The World Database on Protected Areas (WDPA), "
                 "{month_year}, Cambridge, UK")

TEXTS: dict[str, dict[str, str]] = {
    "default_title": {
        "en": "NEASPEC planning map",
        "zh": "NEASPEC 规划图",
        "ru": "Планировочная карта NEASPEC",
        "mn": "NEASPEC төлөвлөлтийн газрын зураг",
        "ko": "NEASPEC 계획 지도",
        "ja": "NEASPEC 計画図",
    },
    "overview": {
        "en": "Overview",
        "zh": "总览",
        "ru": "Обзорная карта",
        "mn": "Ерөнхий зураг",
        "ko": "개관",
        "ja": "概観",
    },
    "legend": {
        "en": "Legend",
        "zh": "图例",
        "ru": "Условные обозначения",
        "mn": "Тайлбар",
        "ko": "범례",
        "ja": "凡例",
    },
    "inset": {
        "en": "North-East Asia",
        "zh": "东北亚",
        "ru": "Северо-Восточная Азия",
        "mn": "Зүүн хойд Ази",
        "ko": "동북아시아",
        "ja": "北東アジア",
    },
    "produced": {
        "en": "Map produced on {date} with NEASPEC Planner",
        "zh": "本图于 {date} 使用 NEASPEC Planner 制作",
        "ru": "Карта составлена в NEASPEC Planner: {date}",
        "mn": "NEASPEC Planner ашиглан зохиосон: {date}",
        "ko": "{date} NEASPEC Planner로 제작",
        "ja": "{date}、NEASPEC Planner で作成",
    },
    "projection": {
        "en": "Lambert azimuthal equal-area projection centred on {lon}, {lat}",
        "zh": "兰伯特方位等积投影，投影中心 {lon}, {lat}",
        "ru": "Азимутальная равновеликая проекция Ламберта, центр {lon}, {lat}",
        "mn": "Ламбертын азимутын тэнцүү талбайт проекц, төв {lon}, {lat}",
        "ko": "람베르트 정적 방위도법, 중심 {lon}, {lat}",
        "ja": "ランベルト正積方位図法、中心 {lon}, {lat}",
    },
    "data_sources": {
        "en": "Data sources",
        "zh": "数据来源",
        "ru": "Источники данных",
        "mn": "Өгөгдлийн эх сурвалж",
        "ko": "자료 출처",
        "ja": "データ出典",
    },
    "natural_earth": {
        "en": "Natural Earth (public domain): country boundaries, inset map",
        "zh": "Natural Earth（公共领域）：国界、位置图",
        "ru": "Natural Earth (общественное достояние): границы стран, врезка",
        "mn": "Natural Earth (нийтийн өмч): улсын хил, байршлын зураг",
        "ko": "Natural Earth(퍼블릭 도메인): 국경, 위치도",
        "ja": "Natural Earth（パブリックドメイン）：国境、位置図",
    },
    "disclaimer": {
        "en": "Boundaries shown are not official and imply no position on the legal status of any country, "
              "territory or area, or on the delimitation of its frontiers or boundaries.",
        "zh": "本图所示边界并非官方边界，不代表对任何国家、领土或地区的法律地位或其边界划分持有任何立场。",
        "ru": "Показанные границы не являются официальными и не выражают никакой позиции в отношении правового "
              "статуса какой-либо страны, территории или района либо делимитации их границ.",
        "mn": "Үзүүлсэн хил хязгаар нь албан ёсных биш бөгөөд аливаа улс, нутаг дэвсгэр, бүс нутгийн эрх зүйн "
              "байдал, түүний хил хязгаарыг тогтоох асуудлын талаар ямар нэгэн байр суурь илэрхийлэхгүй.",
        "ko": "표시된 경계는 공식적인 것이 아니며, 어떠한 국가·영토·지역의 법적 지위나 그 경계의 획정에 관하여 "
              "어떠한 입장도 나타내지 않습니다.",
        "ja": "表示された境界は公式のものではなく、いかなる国、領土、地域の法的地位またはその境界画定についても、"
              "いかなる立場を示すものでもありません。",
    },
    # --- reports ---------------------------------------------------------------------------------------
    "report_title": {
        "en": "Attribute report",
        "zh": "属性报告",
        "ru": "Отчёт по атрибутам",
        "mn": "Атрибутын тайлан",
        "ko": "속성 보고서",
        "ja": "属性レポート",
    },
    "generated": {
        "en": "Generated on {date} with NEASPEC Planner",
        "zh": "{date} 由 NEASPEC Planner 生成",
        "ru": "Отчёт создан в NEASPEC Planner: {date}",
        "mn": "NEASPEC Planner ашиглан үүсгэсэн: {date}",
        "ko": "{date} NEASPEC Planner로 생성",
        "ja": "{date}、NEASPEC Planner で生成",
    },
    "rows": {
        "en": "{n} rows",
        "zh": "{n} 行",
        "ru": "Строк: {n}",
        "mn": "{n} мөр",
        "ko": "{n}개 행",
        "ja": "{n} 行",
    },
    "chart_title": {
        "en": "Protected share of habitat by country (%)",
        "zh": "各国栖息地受保护比例（%）",
        "ru": "Доля охраняемых местообитаний по странам (%)",
        "mn": "Улс тус бүрийн хамгаалагдсан амьдрах орчны хувь (%)",
        "ko": "국가별 보호 서식지 비율(%)",
        "ja": "国別の生息地保護率（%）",
    },
    "map": {
        "en": "Map",
        "zh": "地图",
        "ru": "Карта",
        "mn": "Газрын зураг",
        "ko": "지도",
        "ja": "地図",
    },
    "columns": {
        "en": "Columns and units",
        "zh": "列名与单位",
        "ru": "Столбцы и единицы измерения",
        "mn": "Багана ба хэмжих нэгж",
        "ko": "열과 단위",
        "ja": "列と単位",
    },
    "field": {"en": "Field", "zh": "字段", "ru": "Поле", "mn": "Талбар", "ko": "필드", "ja": "フィールド"},
    "column": {"en": "Column", "zh": "列", "ru": "Столбец", "mn": "Багана", "ko": "열", "ja": "列"},
    "unit": {"en": "Unit", "zh": "单位", "ru": "Единица измерения", "mn": "Хэмжих нэгж", "ko": "단위", "ja": "単位"},
    "table": {"en": "Table", "zh": "表", "ru": "Таблица", "mn": "Хүснэгт", "ko": "표", "ja": "表"},
    "note": {"en": "Note", "zh": "说明", "ru": "Примечание", "mn": "Тэмдэглэл", "ko": "비고", "ja": "注"},
    "metres_note": {
        "en": "Distances are stored in metres; this report shows them in km.",
        "zh": "距离以米存储；本报告以公里显示。",
        "ru": "Расстояния хранятся в метрах; в этом отчёте они показаны в км.",
        "mn": "Зайг метрээр хадгалсан; энэ тайланд км-ээр харуулав.",
        "ko": "거리는 미터로 저장되며 이 보고서에는 km로 표시됩니다.",
        "ja": "距離はメートルで保存され、このレポートでは km で表示されます。",
    },
    "sort_hint": {
        "en": "Click a column heading to sort.",
        "zh": "点击列标题排序。",
        "ru": "Щёлкните заголовок столбца для сортировки.",
        "mn": "Эрэмбэлэхийн тулд баганын гарчиг дээр дарна уу.",
        "ko": "열 제목을 클릭하면 정렬됩니다.",
        "ja": "列見出しをクリックすると並べ替えられます。",
    },
    "yes": {"en": "yes", "zh": "是", "ru": "да", "mn": "тийм", "ko": "예", "ja": "はい"},
    "no": {"en": "no", "zh": "否", "ru": "нет", "mn": "үгүй", "ko": "아니요", "ja": "いいえ"},
    # Ramsar designation package: the RIS field sheet and the package maps
    "sheet_title": {
        "en": "Ramsar Information Sheet — field sheet for the Administrative Authority (draft)",
        "zh": "拉姆萨尔湿地信息表 — 供行政主管部门使用的数据表（草稿）",
        "ru": "Информационный листок Рамсарского угодья — лист данных для административного органа (проект)",
        "mn": "Рамсарын газрын мэдээллийн хуудас — захиргааны байгууллагад зориулсан хуудас (төсөл)",
        "ko": "람사르 정보양식 — 행정당국용 자료표 (초안)",
        "ja": "ラムサール情報票 — 行政当局用データシート（草案）",
    },
    "map_title": {
        "en": "Candidate Ramsar site {cand}: {party} component",
        "zh": "拉姆萨尔候选湿地 {cand}：{party} 部分",
        "ru": "Кандидат в Рамсарские угодья {cand}: {party}, национальная часть",
        "mn": "Рамсарын нэр дэвшигч газар {cand}: {party} хэсэг",
        "ko": "람사르 후보지 {cand}: {party} 구역",
        "ja": "ラムサール候補地 {cand}：{party} 部分",
    },
    "combined_title": {
        "en": "Candidate transboundary Ramsar site {cand}",
        "zh": "跨境拉姆萨尔候选湿地 {cand}",
        "ru": "Кандидат в трансграничные Рамсарские угодья {cand}",
        "mn": "Хил дамнасан Рамсарын нэр дэвшигч газар {cand}",
        "ko": "초국경 람사르 후보지 {cand}",
        "ja": "越境ラムサール候補地 {cand}",
    },
    "party": {"en": "Contracting Party", "zh": "缔约方", "ru": "Договаривающаяся Сторона",
              "mn": "Хэлэлцэн тохирогч тал",
              "ko": "당사국", "ja": "締約国"},
    "site_name": {"en": "Site name", "zh": "湿地名称", "ru": "Название угодья", "mn": "Газрын нэр", "ko": "습지 이름",
                  "ja": "湿地名"},
    "coordinates": {"en": "Central coordinates (WGS84)", "zh": "中心坐标（WGS84）", "ru": "Координаты центра (WGS84)",
                    "mn": "Төвийн солбицол (WGS84)", "ko": "중심 좌표 (WGS84)", "ja": "中心座標（WGS84）"},
    "gis_area": {"en": "Area calculated from GIS boundaries (ha)", "zh": "根据 GIS 边界计算的面积（公顷）",
                 "ru": "Площадь по границам ГИС (га)", "mn": "ГМС хилээр тооцсон талбай (га)",
                 "ko": "GIS 경계로 계산한 면적 (ha)", "ja": "GIS 境界から算出した面積（ha）"},
    "official_area": {"en": "Official area (ha) — to be entered by the Administrative Authority",
                      "zh": "官方面积（公顷）— 由行政主管部门填写",
                      "ru": "Официальная площадь (га) — заполняет административный орган",
                      "mn": "Албан ёсны талбай (га) — захиргааны байгууллага бөглөнө",
                      "ko": "공식 면적 (ha) — 행정당국 기입", "ja": "公式面積（ha）— 行政当局が記入"},
    "extends": {"en": "Does the wetland extend onto the territory of one or more other countries?",
                "zh": "该湿地是否延伸至一个或多个其他国家的领土？",
                "ru": "Распространяется ли водно-болотное угодье на территорию других стран?",
                "mn": "Намгархаг газар нь өөр улсын нутаг дэвсгэрт үргэлжилдэг үү?",
                "ko": "습지가 다른 국가의 영토로 이어집니까?", "ja": "湿地は他国の領域に及んでいますか？"},
    "adjacent": {"en": "Is the site adjacent to another designated Ramsar Site in the territory of another "
                       "Contracting Party?",
                 "zh": "该湿地是否与另一缔约方领土内已指定的拉姆萨尔湿地相邻？",
                 "ru": "Граничит ли угодье с Рамсарским угодьем на территории другой Договаривающейся Стороны?",
                 "mn": "Энэ газар өөр хэлэлцэн тохирогч талын Рамсарын газартай хиллэдэг үү?",
                 "ko": "다른 당사국 영토에 지정된 람사르 습지와 인접해 있습니까?",
                 "ja": "他の締約国の領域にある登録ラムサール湿地に隣接していますか？"},
    "criteria": {"en": "Ramsar criteria met (this component)", "zh": "符合的拉姆萨尔标准（本部分）",
                 "ru": "Выполненные Рамсарские критерии (эта часть)", "mn": "Хангасан Рамсарын шалгуур (энэ хэсэг)",
                 "ko": "충족한 람사르 기준 (이 구역)", "ja": "満たすラムサール基準（この部分）"},
    "criteria_all": {"en": "Ramsar criteria met (whole transboundary complex)",
                     "zh": "符合的拉姆萨尔标准（整个跨境湿地）",
                     "ru": "Выполненные Рамсарские критерии (весь трансграничный комплекс)",
                     "mn": "Хангасан Рамсарын шалгуур (хил дамнасан бүхэл цогцолбор)",
                     "ko": "충족한 람사르 기준 (초국경 전체)", "ja": "満たすラムサール基準（越境全体）"},
    "evidence": {"en": "Evidence (waterbird counts)", "zh": "依据（水鸟调查）",
                 "ru": "Обоснование (учёты водоплавающих птиц)",
                 "mn": "Нотолгоо (усны шувууны тооллого)", "ko": "근거 (물새 조사)", "ja": "根拠（水鳥調査）"},
    "component": {"en": "component", "zh": "部分", "ru": "часть", "mn": "хэсэг", "ko": "구역", "ja": "部分"},
    "other_components": {"en": "Components of other Parties", "zh": "其他缔约方的部分", "ru": "Части других Сторон",
                         "mn": "Бусад талын хэсэг", "ko": "다른 당사국의 구역", "ja": "他の締約国の部分"},
    "countries": {"en": "Countries", "zh": "国家", "ru": "Страны", "mn": "Улсууд", "ko": "국가", "ja": "国"},
    "candidate_disclaimer": {
        "en": "Candidate boundary computed by NEASPEC Planner: not an official boundary. The boundaries and names "
              "shown imply no position on the status of any territory or on the delimitation of any frontier.",
        "zh": "由 NEASPEC Planner 计算的候选边界，并非官方边界。"
              "所示边界和名称不代表对任何领土地位或边界划分的任何立场。",
        "ru": "Границы кандидата рассчитаны NEASPEC Planner и не являются официальными. Показанные границы и названия "
              "не выражают позиции относительно статуса какой-либо территории или делимитации границ.",
        "mn": "NEASPEC Planner-ээр тооцсон нэр дэвшигч хил бөгөөд албан ёсны хил биш. Үзүүлсэн хил, нэр нь аливаа "
              "нутаг дэвсгэрийн статус, хилийн тогтоолтын талаар байр суурь илэрхийлэхгүй.",
        "ko": "NEASPEC Planner가 계산한 후보 경계로 공식 경계가 아닙니다. 표시된 경계와 명칭은 어떠한 영토의 지위나 "
              "경계 획정에 관한 입장을 의미하지 않습니다.",
        "ja": "NEASPEC Planner が算出した候補境界であり、公式の境界ではありません。表示された境界と名称は、いかなる"
              "領域の地位や境界画定についての立場も意味しません。",
    },
}

#: Readable, translated layer names for legends (keys are normalised layer names, see ``layer_key``).
LAYER_NAMES: dict[str, dict[str, str]] = {
    "countries": {"en": "Countries", "zh": "国家", "ru": "Страны", "mn": "Улсууд", "ko": "국가", "ja": "国"},
    "protected_areas": {"en": "Protected areas", "zh": "保护地", "ru": "Охраняемые территории",
                        "mn": "Тусгай хамгаалалттай газар", "ko": "보호지역", "ja": "保護地域"},
    "ramsar_sites": {"en": "Ramsar sites", "zh": "拉姆萨尔湿地", "ru": "Рамсарские угодья",
                     "mn": "Рамсарын газар", "ko": "람사르습지", "ja": "ラムサール条約湿地"},
    "ramsar_candidates": {"en": "Ramsar candidate sites", "zh": "拉姆萨尔候选湿地",
                          "ru": "Кандидаты в Рамсарские угодья",
                          "mn": "Рамсарын нэр дэвшигч газар", "ko": "람사르습지 후보지",
                          "ja": "ラムサール条約湿地候補地"},
    "wetlands": {"en": "Wetlands", "zh": "湿地", "ru": "Водно-болотные угодья", "mn": "Ус намгархаг газар",
                 "ko": "습지", "ja": "湿地"},
    "habitat": {"en": "Habitat", "zh": "栖息地", "ru": "Местообитания", "mn": "Амьдрах орчин", "ko": "서식지",
                "ja": "生息地"},
    "cores": {"en": "Core areas", "zh": "核心区", "ru": "Ключевые участки", "mn": "Цөм бүс", "ko": "핵심지역",
              "ja": "コアエリア"},
    "study_areas": {"en": "Study areas", "zh": "研究区", "ru": "Районы исследования", "mn": "Судалгааны бүс",
                    "ko": "연구 지역", "ja": "調査地域"},
    "roads": {"en": "Roads", "zh": "道路", "ru": "Дороги", "mn": "Зам", "ko": "도로", "ja": "道路"},
    "landcover": {"en": "Land cover (ESA WorldCover)", "zh": "土地覆盖（ESA WorldCover）",
                  "ru": "Земной покров (ESA WorldCover)", "mn": "Газрын бүрхэвч (ESA WorldCover)",
                  "ko": "토지피복(ESA WorldCover)", "ja": "土地被覆（ESA WorldCover）"},
    "corridors": {"en": "Least-cost corridors", "zh": "最小成本廊道", "ru": "Коридоры наименьшей стоимости",
                  "mn": "Хамгийн бага зардлын коридор", "ko": "최소비용 생태통로", "ja": "最小コスト回廊"},
    "connectivity_links": {"en": "Connectivity links (dispersal probability)", "zh": "连通性连接（扩散概率）",
                           "ru": "Связи связности (вероятность расселения)",
                           "mn": "Холболтын холбоос (тархах магадлал)", "ko": "연결성 연결(분산 확률)",
                           "ja": "連結性リンク（分散確率）"},
    "connectivity_nodes": {"en": "Connectivity nodes (dPC)", "zh": "连通性节点（dPC）", "ru": "Узлы связности (dPC)",
                           "mn": "Холболтын зангилаа (dPC)", "ko": "연결성 노드(dPC)", "ja": "連結性ノード（dPC）"},
    "links": {"en": "Corridor links", "zh": "廊道连接", "ru": "Связи коридоров", "mn": "Коридорын холбоос",
              "ko": "생태통로 연결", "ja": "回廊リンク"},
    "corridor_gaps": {"en": "Unprotected corridor sections", "zh": "未受保护的廊道段",
                      "ru": "Неохраняемые участки коридоров", "mn": "Хамгаалалтгүй коридорын хэсэг",
                      "ko": "보호되지 않는 생태통로 구간", "ja": "保護されていない回廊区間"},
    "overlap_summary": {"en": "Habitat protection by country", "zh": "各国栖息地保护情况",
                        "ru": "Охрана местообитаний по странам", "mn": "Улс тус бүрийн амьдрах орчны хамгаалалт",
                        "ko": "국가별 서식지 보호 현황", "ja": "国別の生息地保護状況"},
    "overlap": {"en": "Protected habitat", "zh": "受保护的栖息地", "ru": "Охраняемые местообитания",
                "mn": "Хамгаалагдсан амьдрах орчин", "ko": "보호되는 서식지", "ja": "保護された生息地"},
    "gaps": {"en": "Habitat outside protected areas", "zh": "保护地以外的栖息地",
             "ru": "Местообитания вне охраняемых территорий",
             "mn": "Хамгаалалтаас гадуурх амьдрах орчин", "ko": "보호지역 밖 서식지", "ja": "保護地域外の生息地"},
    "resistance": {"en": "Movement resistance", "zh": "移动阻力", "ru": "Сопротивление перемещению",
                   "mn": "Хөдөлгөөний эсэргүүцэл", "ko": "이동 저항", "ja": "移動抵抗"},
    "changes": {"en": "Corridor change", "zh": "廊道变化", "ru": "Изменение коридоров", "mn": "Коридорын өөрчлөлт",
                "ko": "생태통로 변화", "ja": "回廊の変化"},
    "monitoring_grid": {"en": "Joint monitoring grid (camera-trap effort)", "zh": "联合监测网格（红外相机努力量）",
                        "ru": "Общая сетка мониторинга (усилие фотоловушек)",
                        "mn": "Хамтын мониторингийн тор (камер урхины хүчин чармайлт)",
                        "ko": "공동 모니터링 격자(무인 카메라 조사 노력)",
                        "ja": "共同モニタリンググリッド（カメラトラップ努力量）"},
    "monitoring_summary": {"en": "Joint monitoring by country and species", "zh": "按国家和物种的联合监测",
                           "ru": "Общий мониторинг по странам и видам", "mn": "Улс ба зүйлээр хамтын мониторинг",
                           "ko": "국가·종별 공동 모니터링", "ja": "国・種別の共同モニタリング"},
    "shared_individuals": {"en": "Transboundary individuals", "zh": "跨境个体", "ru": "Трансграничные особи",
                           "mn": "Хил дамнасан бодгаль", "ko": "월경 개체", "ja": "越境個体"},
    "camera_stations": {"en": "Camera-trap stations", "zh": "红外相机站点", "ru": "Станции фотоловушек",
                        "mn": "Камер урхины станц", "ko": "무인 카메라 스테이션", "ja": "カメラトラップのステーション"},
}

#: Habitat classes of the demo/workshop habitat layers (field ``habitat``), for legends.
HABITAT_NAMES: dict[str, dict[str, str]] = {
    "amur_tiger_leopard": {"en": "Amur tiger and leopard", "zh": "东北虎和东北豹",
                           "ru": "Амурский тигр и дальневосточный леопард", "mn": "Амарын бар ба ирвэс",
                           "ko": "아무르호랑이와 표범", "ja": "アムールトラとアムールヒョウ"},
    "snow_leopard": {"en": "Snow leopard", "zh": "雪豹", "ru": "Снежный барс", "mn": "Цоохор ирвэс", "ko": "눈표범",
                     "ja": "ユキヒョウ"},
    "crane_wetland": {"en": "Cranes (wetlands)", "zh": "鹤类（湿地）", "ru": "Журавли (водно-болотные угодья)",
                      "mn": "Тогоруу (ус намгархаг газар)", "ko": "두루미류(습지)", "ja": "ツル類（湿地）"},
    "spoonbill_wetland": {"en": "Black-faced spoonbill (wetlands)", "zh": "黑脸琵鹭（湿地）",
                          "ru": "Малая колпица (водно-болотные угодья)",
                          "mn": "Хар нүүрт халбага хошуут (ус намгархаг газар)",
                          "ko": "저어새(습지)", "ja": "クロツラヘラサギ（湿地）"},
}

#: Layer-name aliases → key of ``LAYER_NAMES`` (matched on the normalised name's start).
LAYER_ALIASES = (
    ("protected_areas", "protected_areas"), ("wdpa", "protected_areas"), ("wdpca", "protected_areas"),
    ("ramsar_candidates", "ramsar_candidates"), ("ramsar_sites", "ramsar_sites"), ("ramsar", "ramsar_sites"),
    ("countries", "countries"), ("admin0", "countries"), ("wetlands", "wetlands"), ("habitat", "habitat"),
    ("cores", "cores"), ("roads", "roads"), ("landcover", "landcover"), ("worldcover", "landcover"),
    ("corridor_gaps", "corridor_gaps"), ("corridors", "corridors"), ("connectivity_links", "connectivity_links"),
    ("connectivity_nodes", "connectivity_nodes"), ("links", "links"),
    ("overlap_gaps", "gaps"), ("overlap_summary", "overlap_summary"), ("summary", "overlap_summary"),
    ("gaps", "gaps"), ("overlap", "overlap"), ("resistance", "resistance"),
    ("changes", "changes"), ("monitoring_grid", "monitoring_grid"), ("monitoring_summary", "monitoring_summary"),
    ("shared_individuals", "shared_individuals"), ("camera_stations", "camera_stations"),
    ("study_areas", "study_areas"), ("areas_of_interest", "study_areas"),
)

#: Units: how they read in each language.
UNITS: dict[str, dict[str, str]] = {
    "ha": {"en": "ha", "zh": "公顷", "ru": "га", "mn": "га", "ko": "ha", "ja": "ha"},
    "km": {"en": "km", "zh": "公里", "ru": "км", "mn": "км", "ko": "km", "ja": "km"},
    "m": {"en": "m", "zh": "米", "ru": "м", "mn": "м", "ko": "m", "ja": "m"},
    "km2": {"en": "km²", "zh": "平方公里", "ru": "км²", "mn": "км²", "ko": "km²", "ja": "km²"},
    "%": {lang: "%" for lang in LANGUAGES},
    "deg": {lang: "°" for lang in LANGUAGES},
    "cost": {"en": "cost units", "zh": "成本单位", "ru": "ед. стоимости", "mn": "зардлын нэгж", "ko": "비용 단위",
             "ja": "コスト単位"},
}

#: Column labels (without unit) of the planner's output fields and common input fields.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "area_ha": {"en": "Area", "zh": "面积", "ru": "Площадь", "mn": "Талбай", "ko": "면적", "ja": "面積"},
    "habitat_ha": {"en": "Habitat", "zh": "栖息地面积", "ru": "Площадь местообитаний",
                   "mn": "Амьдрах орчны талбай", "ko": "서식지", "ja": "生息地"},
    "protected_ha": {"en": "Protected", "zh": "受保护面积", "ru": "Под охраной", "mn": "Хамгаалагдсан",
                     "ko": "보호 면적", "ja": "保護面積"},
    "gap_ha": {"en": "Gap", "zh": "保护空缺", "ru": "Вне охраны", "mn": "Хамгаалалтын цоорхой", "ko": "보호 공백",
               "ja": "保護ギャップ"},
    "protected_pct": {"en": "Protected", "zh": "受保护比例", "ru": "Под охраной", "mn": "Хамгаалагдсан",
                      "ko": "보호 비율", "ja": "保護率"},
    "habitat": {"en": "Habitat", "zh": "栖息地", "ru": "Местообитание", "mn": "Амьдрах орчин", "ko": "서식지",
                "ja": "生息地"},
    "country": {"en": "Country", "zh": "国家", "ru": "Страна", "mn": "Улс", "ko": "국가", "ja": "国"},
    "countries": {"en": "Countries", "zh": "国家", "ru": "Страны", "mn": "Улсууд", "ko": "국가", "ja": "国"},
    "pa_ids": {"en": "Protected area IDs", "zh": "保护地编号", "ru": "Коды охраняемых территорий",
               "mn": "ТХГ-ын дугаар", "ko": "보호지역 ID", "ja": "保護地域 ID"},
    "name": {"en": "Name", "zh": "名称", "ru": "Название", "mn": "Нэр", "ko": "이름", "ja": "名称"},
    "site": {"en": "Site", "zh": "地点", "ru": "Участок", "mn": "Газар", "ko": "지점", "ja": "サイト"},
    "species": {"en": "Species", "zh": "物种", "ru": "Вид", "mn": "Зүйл", "ko": "종", "ja": "種"},
    "count": {"en": "Count", "zh": "数量", "ru": "Численность", "mn": "Тоо толгой", "ko": "개체수", "ja": "個体数"},
    "from_id": {"en": "From core", "zh": "起始核心区", "ru": "Начальный участок", "mn": "Эхлэх цөм",
                "ko": "출발 핵심지역", "ja": "起点コアエリア"},
    "to_id": {"en": "To core", "zh": "终点核心区", "ru": "Конечный участок", "mn": "Төгсөх цөм",
              "ko": "도착 핵심지역", "ja": "終点コアエリア"},
    "lcd": {"en": "Least-cost distance", "zh": "最小成本距离", "ru": "Расстояние наименьшей стоимости",
            "mn": "Хамгийн бага зардлын зай", "ko": "최소비용 거리", "ja": "最小コスト距離"},
    "euclid_m": {"en": "Straight-line distance", "zh": "直线距离", "ru": "Расстояние по прямой",
                 "mn": "Шулуун зай", "ko": "직선 거리", "ja": "直線距離"},
    "path_m": {"en": "Path length", "zh": "路径长度", "ru": "Длина пути", "mn": "Замын урт", "ko": "경로 길이",
               "ja": "経路長"},
    "unprotected_m": {"en": "Unprotected length", "zh": "未受保护长度", "ru": "Неохраняемая длина",
                      "mn": "Хамгаалалтгүй урт", "ko": "비보호 구간 길이", "ja": "非保護区間長"},
    "cwd_to_euclid": {"en": "Cost-weighted / straight-line distance", "zh": "成本加权距离/直线距离",
                      "ru": "Взвешенное по стоимости / прямое расстояние",
                      "mn": "Зардлаар жинлэсэн / шулуун зай",
                      "ko": "비용가중 거리/직선 거리", "ja": "コスト加重距離/直線距離"},
    "cwd_to_path": {"en": "Cost-weighted distance / path length", "zh": "成本加权距离/路径长度",
                    "ru": "Взвешенное по стоимости расстояние / длина пути",
                    "mn": "Зардлаар жинлэсэн зай / замын урт",
                    "ko": "비용가중 거리/경로 길이", "ja": "コスト加重距離/経路長"},
    "transboundary": {"en": "Transboundary", "zh": "跨境", "ru": "Трансграничный", "mn": "Хил дамнасан",
                      "ko": "초국경", "ja": "越境"},
    "rank": {"en": "Rank", "zh": "排名", "ru": "Ранг", "mn": "Зэрэглэл", "ko": "순위", "ja": "順位"},
    "link": {"en": "Link", "zh": "连接", "ru": "Связь", "mn": "Холбоос", "ko": "연결", "ja": "リンク"},
    "option": {"en": "Option", "zh": "方案", "ru": "Вариант", "mn": "Хувилбар", "ko": "대안", "ja": "代替案"},
    "lcd_change_pct": {"en": "Least-cost distance change", "zh": "最小成本距离变化",
                       "ru": "Изменение расстояния наименьшей стоимости",
                       "mn": "Хамгийн бага зардлын зайн өөрчлөлт",
                       "ko": "최소비용 거리 변화", "ja": "最小コスト距離の変化"},
    "candidate": {"en": "Candidate", "zh": "候选地", "ru": "Кандидат", "mn": "Нэр дэвшигч газар", "ko": "후보지",
                  "ja": "候補地"},
    "party": {"en": "Party (ISO3)", "zh": "缔约方（ISO3）", "ru": "Сторона (ISO3)", "mn": "Гэрээлэгч тал (ISO3)",
              "ko": "당사국(ISO3)", "ja": "締約国（ISO3）"},
    "centroid_lat": {"en": "Centroid latitude", "zh": "中心纬度", "ru": "Широта центра", "mn": "Төвийн өргөрөг",
                     "ko": "중심 위도", "ja": "中心緯度"},
    "centroid_lon": {"en": "Centroid longitude", "zh": "中心经度", "ru": "Долгота центра", "mn": "Төвийн уртраг",
                     "ko": "중심 경도", "ja": "中心経度"},
    "extends_abroad": {"en": "Extends abroad", "zh": "延伸至境外", "ru": "Продолжается за рубежом",
                       "mn": "Хилийн чанадад үргэлжилдэг", "ko": "국외로 연장", "ja": "国外に延びる"},
    "adjacent_ramsar": {"en": "Adjacent Ramsar site", "zh": "相邻的拉姆萨尔湿地", "ru": "Соседнее Рамсарское угодье",
                        "mn": "Хөрш Рамсарын газар", "ko": "인접 람사르습지", "ja": "隣接するラムサール条約湿地"},
    "criteria": {"en": "Ramsar criteria", "zh": "国际重要湿地标准", "ru": "Рамсарские критерии",
                 "mn": "Рамсарын шалгуур", "ko": "람사르 기준", "ja": "ラムサール条約湿地の基準"},
    "evidence": {"en": "Evidence", "zh": "依据", "ru": "Обоснование", "mn": "Үндэслэл", "ko": "근거", "ja": "根拠"},
    "area_off": {"en": "Official area", "zh": "官方面积", "ru": "Официальная площадь", "mn": "Албан ёсны талбай",
                 "ko": "공식 면적", "ja": "公式面積"},
    "gis_area": {"en": "WDPA GIS area", "zh": "WDPA GIS 面积", "ru": "Площадь ГИС WDPA",
                 "mn": "WDPA ГМС талбай", "ko": "WDPA GIS 면적", "ja": "WDPA GIS 面積"},
    "rep_area": {"en": "WDPA reported area", "zh": "WDPA 报告面积", "ru": "Заявленная площадь WDPA",
                 "mn": "WDPA мэдээлсэн талбай", "ko": "WDPA 보고 면적", "ja": "WDPA 報告面積"},
    "rep_m_area": {"en": "WDPA reported marine area", "zh": "WDPA 报告海洋面积",
                   "ru": "Заявленная морская площадь WDPA",
                   "mn": "WDPA мэдээлсэн далайн талбай", "ko": "WDPA 보고 해양 면적", "ja": "WDPA 報告海域面積"},
    "gis_m_area": {"en": "WDPA GIS marine area", "zh": "WDPA GIS 海洋面积", "ru": "Морская площадь ГИС WDPA",
                   "mn": "WDPA ГМС далайн талбай", "ko": "WDPA GIS 해양 면적", "ja": "WDPA GIS 海域面積"},
    "iso3": {"en": "Country (ISO3)", "zh": "国家（ISO3）", "ru": "Страна (ISO3)", "mn": "Улс (ISO3)",
             "ko": "국가(ISO3)", "ja": "国（ISO3）"},
}

#: Unit of known fields (fields ending in _ha / _pct / _m get theirs from the suffix).
FIELD_UNITS = {
    "lcd": "cost", "centroid_lat": "deg", "centroid_lon": "deg", "area_off": "ha", "gis_area": "km2",
    "rep_area": "km2", "gis_m_area": "km2", "rep_m_area": "km2",
}


def _lookup(table: dict[str, dict[str, str]], key: str, lang: str) -> Optional[str]:
    entry = table.get(key)
    if entry is None:
        return None
    return entry.get(lang) or entry.get("en")


def language(lang: Optional[str]) -> str:
    """A supported two-letter code (unknown or empty → ``en``)."""
    code = (lang or "en").strip().lower()[:2]
    return code if code in LANGUAGES else "en"


def text(key: str, lang: str = "en", **values: object) -> str:
    """The text ``key`` in ``lang`` (English if not translated), formatted with ``values``."""
    template = _lookup(TEXTS, key, language(lang))
    if template is None:
        raise KeyError(f"No text '{key}'")
    return template.format(**values) if values else template


def font_family(lang: str) -> str:
    return FONTS[language(lang)]


def unit_label(unit: str, lang: str = "en") -> str:
    return _lookup(UNITS, unit, language(lang)) or unit


def wdpa_citation(year: int, month_year: str) -> str:
    """The citation Protected Planet asks for (kept in English, as published)."""
    return WDPA_CITATION.format(year=year, month_year=month_year)


def layer_key(name: str) -> Optional[str]:
    """Key of ``LAYER_NAMES`` for a layer name such as ``protected_areas_wdpca`` or ``demo countries``."""
    norm = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    tokens = [norm] + [norm[m.start() + 1:] for m in re.finditer("_", norm)]
    for token in tokens:
        for alias, key in LAYER_ALIASES:
            if token.startswith(alias):
                return key
    return None


def layer_title(name: str, lang: str = "en") -> str:
    """Readable (translated where known) layer name for legends: ``protected_areas`` → ``Protected areas``."""
    key = layer_key(name)
    if key is not None:
        return _lookup(LAYER_NAMES, key, language(lang)) or name
    return humanize(name)


def habitat_name(value: str, lang: str = "en") -> Optional[str]:
    """Translated name of a habitat class value (``crane_wetland`` → "Cranes (wetlands)"), None if unknown."""
    return _lookup(HABITAT_NAMES, value, language(lang))


def humanize(name: str) -> str:
    """``snake_case`` → ``Snake case``; upper-case names (``IUCN_CAT``, ``WDPAID``: published schemas users know)
    and names with spaces or non-ASCII letters are kept."""
    if not re.fullmatch(r"[A-Za-z0-9_]+", name) or name.upper() == name:
        return name
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:].lower() if words else name


def field_unit(field: str) -> Optional[str]:
    """Unit key of a field from its name: ``*_ha`` → ha, ``*_pct`` → %, ``*_m`` → m; known names otherwise."""
    low = field.lower()
    if low in FIELD_UNITS:
        return FIELD_UNITS[low]
    if low.endswith("_ha"):
        return "ha"
    if low.endswith("_pct"):
        return "%"
    if low.endswith("_m") and not low.endswith("_m_m"):
        return "m"
    if low.endswith("_km"):
        return "km"
    return None


def column_label(field: str, lang: str = "en", unit: Optional[str] = None) -> str:
    """Readable column heading with its unit: ``area_ha`` → ``Area (ha)``, ``euclid_m`` → ``… (m)``.

    ``unit`` overrides the unit derived from the field name (e.g. ``"km"`` when a report shows metres as km).
    """
    lang = language(lang)
    low = field.lower()
    base = _lookup(FIELD_LABELS, low, lang)
    if base is None:
        stem = re.sub(r"_(ha|pct|m|km)$", "", low) if field_unit(field) else field
        base = humanize(stem)
    unit = unit or field_unit(field)
    if not unit:
        return base
    if lang in ("zh", "ja"):  # full-width brackets, no space
        return f"{base}（{unit_label(unit, lang)}）"
    return f"{base} ({unit_label(unit, lang)})"
