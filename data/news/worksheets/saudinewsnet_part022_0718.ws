# saudinewsnet_part022_0718 (annotator17)
@P1
PER | ظريف | p1_zarif
NORP | إيرانية | p1_iranian

@P2
ORG | عين اليوم | p2_ainalyoum
GPE | دبي | p2_dubai

@P3
NORP | الإيراني | p3_iranian
PER | محمد جواد ظريف | p3_zarif
DATE | اليوم السبت | p3_saturday
FAC | موقع بارشين العسكري | p3_parchin
GPE | الجمهورية الإسلامية | p3_iri
DATE | الشهر الماضي | p3_lastmonth
REL | ROLE | p3_zarif | p3_iranian

@P4
NORP | أمريكي | p4_us
DATE | أمس الجمعة | p4_friday
GPE | إيران | p4_iran

@P5
ORG | وكالة أنباء الجمهورية الإسلامية | p5_irna
DATE | اليوم السبت | p5_saturday
PER | ظريف | p5_zarif
FAC | بارشين | p5_parchin

@P7
ORG | الوكالة الدولية للطاقة الذرية | p7_iaea
ORG | أمم المتحدة | p7_un
FAC | موقع بارشين | p7_parchin
DATE | يوم 14 يوليو تموز | p7_date
GPE | إيران | p7_iran
GPE | الولايات المتحدة | p7_usa

@P8
ORG | معهد العلوم والأمن الدولي | p8_isis
GPE | الولايات المتحدة | p8_usa
GPE | إيران | p8_iran
REL | LOCATED_IN | p8_isis | p8_usa

@P9
ORG | البرلمان الإيراني | p9_majlis
PER | علي لاريجاني | p9_larijani
REL | ROLE | p9_larijani | p9_majlis

@P10
ORG | وكالة فارس للأنباء | p10_fars
DATE | اليوم السبت | p10_saturday
PER | لاريجاني | p10_larijani
FAC | بارشين | p10_parchin

@P11
NORP | الإسرائيليون | p11_israelis

@P12
NORP | الإسرائيلي | p12_israeli
PER | بنيامين نتنياهو | p12_netanyahu
NORP | الأمريكيين | p12_us
LAW | الاتفاق النووي | p12_deal
GPE | إسرائيل | p12_israel
REL | ROLE | p12_netanyahu | p12_israeli

@P13
GPE | إسرائيل | p13_israel
MONEY | ملايين الدولارات | p13_money
ORG | الكونجرس | p13_congress
GPE | إيران | p13_iran
LAW | الاتفاق النووي | p13_deal
FAC | بارشين | p13_parchin
PER | محمد ظريف | p13_zarif
