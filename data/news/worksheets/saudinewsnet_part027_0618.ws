# saudinewsnet_part027_0618 (annotator40)
@P1
ORG | الحج | p1_hajjmin

@P2
ORG | تويتر | p2_twitter
ORG | فيسبوك | p2_facebook
ORG | جوجل بلس | p2_gplus
ORG | وزارة الحج | p2_hajjmin
DATE | اليوم الثلاثاء | p2_tuesday
DATE | يوم الأحد المقبل | p2_sunday
LOC | منى | p2_mina
DATE | موسم حج هذا العام | p2_season

@P3
ORG | اللجنة الوطنية لشؤون الحج | p3_natcom
PER | عبدالقادر بن محمد الجبرتي | p3_jabarti
ORG | عكاظ | p3_okaz
REL | ROLE | p3_jabarti | p3_natcom

@P4
ORG | الدفاع المدني | p4_civdef
ORG | وزارة الصحة | p4_health

@P5
PER | الجبرتي | p5_jabarti
DATE | عام المقبل | p5_nextyear
DATE | نهاية شهر شعبان الماضي | p5_shaaban
ORG | إدارة مشروع إسكان الحجاج | p5_housing
LOC | منى | p5_mina
ORG | الدفاع المدني | p5_civdef
REL | LOCATED_IN | p5_housing | p5_mina

@P6
ORG | المجلس التنسيقي لقطاع شركات حجاج الداخل | p6_council
ORG | وزارة الحج | p6_hajjmin1
ORG | الدفاع المدني | p6_civdef
ORG | غرفة مكة المكرمة | p6_chamber
ORG | وزارة الحج | p6_hajjmin2

@P7
ORG | اللجنة الوطنية للحج والعمرة | p7_natcom
PER | محمد سعد جميل | p7_jamil
ORG | وزارة الحج | p7_hajjmin
ORG | الدفاع المدني | p7_civdef
REL | ROLE | p7_jamil | p7_natcom
REL | CRITICIZES | p7_jamil | p7_hajjmin

@P8
ORG | وزارة الحج | p8_hajjmin
PER | حسين الشريف | p8_sharif
DATE | أمس | p8_yesterday
REL | ROLE | p8_sharif | p8_hajjmin

@P9
PER | الشريف | p9_sharif
ORG | المجلس التنسيقي | p9_council
ORG | اللجنة الوطنية | p9_natcom
DATE | هذا الموسم | p9_season

@P10
ORG | الدفاع المدني | p10_civdef
FAC | بيت الله الحرام | p10_kaaba

@P12
PER | عبد العزيز غزاوي | p12_ghazzawi
GPE | جدة | p12_jeddah

@P13
ORG | وزارة الحج | p13_hajjmin
ORG | عكاظ | p13_okaz
DATE | الأحد المقبل | p13_sunday

@P14
ORG | وزارة الحج | p14_hajjmin
