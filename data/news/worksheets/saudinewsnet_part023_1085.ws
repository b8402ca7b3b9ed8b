# saudinewsnet_part023_1085 (annotator16)
@P1
NORP | أميركي | p1_us
FAC | بارشين | p1_parchin

@P2
ORG | الوكالة الدولية للطاقة الذرية | p2_iaea
NORP | الإيرانية | p2_iranian
DATE | 15 من هذا الشهر | p2_date
FAC | بارشين | p2_parchin
NORP | الغربية | p2_western

@P3
NORP | الإيراني | p3_iranian
PER | محمد جواد ظريف | p3_zarif
DATE | أمس | p3_date
FAC | بارشين | p3_parchin
REL | ROLE | p3_zarif | p3_iranian

@P4
NORP | أميركي | p4_us
DATE | أول من أمس | p4_date
GPE | إيران | p4_iran

@P5
ORG | وكالة أنباء الجمهورية الإسلامية | p5_irna
DATE | أمس | p5_date
PER | ظريف | p5_zarif
FAC | بارشين | p5_parchin
ORG | رويترز | p5_reuters

@P6
ORG | الوكالة الدولية للطاقة الذرية | p6_iaea
ORG | أمم المتحدة | p6_un
FAC | بارشين | p6_parchin
DATE | يوم 14 يوليو (تموز) | p6_date
GPE | إيران | p6_iran
GPE | الولايات المتحدة | p6_us

@P7
ORG | معهد العلوم والأمن الدولي | p7_isis
GPE | الولايات المتحدة | p7_us
GPE | إيران | p7_iran
REL | LOCATED_IN | p7_isis | p7_us

@P8
ORG | البرلمان الإيراني | p8_majlis
PER | علي لاريجاني | p8_larijani1
ORG | وكالة فارس للأنباء | p8_fars
DATE | أمس السبت | p8_date
PER | لاريجاني | p8_larijani2
FAC | بارشين | p8_parchin
NORP | الإسرائيليون | p8_israelis
REL | ROLE | p8_larijani1 | p8_majlis

@P9
NORP | الإسرائيلي | p9_israeli
PER | بنيامين نتنياهو | p9_netanyahu
NORP | الأميركيين | p9_us
LAW | الاتفاق النووي | p9_jcpoa
GPE | إسرائيل | p9_israel1
GPE | إسرائيل | p9_israel2
MONEY | ملايين الدولارات | p9_money
ORG | الكونغرس | p9_congress
REL | ROLE | p9_netanyahu | p9_israeli

@P10
ORG | معهد العلوم والأمن الدولي | p10_isis1
GPE | الولايات المتحدة | p10_us
DATE | الأسبوع الماضي | p10_date1
GPE | إيران | p10_iran1
FAC | بارشين | p10_parchin
GPE | إيران | p10_iran2
FAC | سد ماملو | p10_dam
DATE | أمس الجمعة | p10_date2
GPE | إيران | p10_iran3
NORP | الإيراني | p10_iranian
ORG | معهد العلوم والأمن الدولي | p10_isis2
DATE | 12 و19 و26 يوليو 2015 | p10_date3
REL | LOCATED_IN | p10_isis1 | p10_us
REL | CRITICIZES | p10_isis1 | p10_iran3

@P11
GPE | إيران | p11_iran1
GPE | إيران | p11_iran2

@P12
FAC | بارشين | p12_parchin
ORG | الوكالة الدولية للطاقة الذرية | p12_iaea
DATE | 14 يوليو | p12_date
GPE | طهران | p12_tehran
ORG | معهد العلوم والأمن الدولي | p12_isis
GPE | إيران | p12_iran

@P13
ORG | الوكالة الدولية للطاقة الذرية | p13_iaea
NORP | الإيراني | p13_iranian
FAC | بارشين | p13_parchin

@P14
LAW | الاتفاق النووي | p14_jcpoa
GPE | إيران | p14_iran1
REL | PARTY_TO | p14_iran1 | p14_jcpoa
GPE | إيران | p14_iran2
ORG | الوكالة الدولية | p14_iaea
GPE | إيران | p14_iran3

@P15
GPE | إيران | p15_iran
LAW | الاتفاق النووي | p15_jcpoa
FAC | بارشين | p15_parchin
REL | PARTY_TO | p15_iran | p15_jcpoa
