# saudinewsnet_part018_1080 (annotator17)
@P1
PER | أوباما | p1_obama
GPE | طهران | p1_tehran

@P2
NORP | الأميركي | p2_us1
PER | باراك أوباما | p2_obama
NORP | الأميركي | p2_us2
DATE | أمس | p2_yesterday
LAW | الاتفاق النووي الإيراني | p2_deal
LOC | الشرق الأوسط | p2_me
NORP | الأميركية | p2_us3
REL | ROLE | p2_obama | p2_us1

@P3
PER | أوباما | p3_obama
GPE | إيران | p3_iran
LAW | الاتفاق النووي | p3_deal

@P4
PER | أوباما | p4_obama
NORP | الإيرانيون | p4_iranians

@P5
NORP | الديمقراطي | p5_dem
ORG | الجامعة الأميركية | p5_au
GPE | واشنطن | p5_washington
ORG | الكونغرس | p5_congress
DATE | يوم 14 يوليو (تموز) الماضي | p5_date
GPE | إيران | p5_iran
REL | LOCATED_IN | p5_au | p5_washington

@P6
GPE | إسرائيل | p6_israel
NORP | اليهودية | p6_jewish

@P7
ORG | الكونغرس | p7_congress1
DATE | 17 سبتمبر (أيلول) المقبل | p7_date
LAW | اتفاق إيران | p7_irandeal
FAC | البيت الأبيض | p7_wh
PER | أوباما | p7_obama1
NORP | الأميركي | p7_us1
DATE | أمس | p7_yesterday
NORP | الأميركيين | p7_us2
LAW | الاتفاق النووي | p7_deal
GPE | الولايات المتحدة | p7_usa
PER | أوباما | p7_obama2
ORG | الكونغرس | p7_congress2
GPE | إيران | p7_iran
NORP | الأميركية | p7_us3

@P8
NORP | الأميركي | p8_us
LAW | الاتفاق النووي الإيراني | p8_deal
GPE | إيران | p8_iran

@P9
GPE | إيران | p9_iran
GPE | إسرائيل | p9_israel
GPE | واشنطن | p9_washington
ORG | الكونغرس | p9_congress1
PER | أوباما | p9_obama
NORP | اليهود | p9_jews
ORG | الكونغرس | p9_congress2
FAC | البيت الأبيض | p9_wh

@P10
PER | أوباما | p10_obama
ORG | مجلسي الشيوخ والنواب | p10_houses

@P11
PER | أوباما | p11_obama
GPE | إسرائيل | p11_israel
LAW | اتفاق النووي | p11_deal
GPE | إيران | p11_iran1
GPE | إيران | p11_iran2
REL | PARTY_TO | p11_iran1 | p11_deal

@P12
PER | أوباما | p12_obama
NORP | العبرية | p12_hebrew
ORG | الإذاعة الإسرائيلية | p12_radio
ORG | الحكومة الإسرائيلية | p12_isrgov
NORP | الإيرانيين | p12_iranians

@P13
ORG | مجلس الشيوخ | p13_senate
ORG | الوكالة الدولية للطاقة الذرية | p13_iaea
PER | يوكيا أمانو | p13_amano
GPE | إيران | p13_iran
REL | ROLE | p13_amano | p13_iaea
