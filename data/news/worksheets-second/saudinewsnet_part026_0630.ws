# saudinewsnet_part026_0630 (keyword1, second pass)
@P1
ORG | أوبك | p1_opec

@P2
ORG | منظمة البلدان المصدرة للبترول | p2_opec_full
ORG | أوبك | p2_opec
DATE | أمس الاثنين | p2_monday
DATE | ديسمبر (كانون الأول) | p2_dec

@P3
ORG | وكالة الأنباء الجزائرية | p3_aps
PER | صالح خبري | p3_khebri
ORG | أوبك | p3_opec
MONEY | 49 دولارا | p3_money
DATE | يناير (كانون الثاني) | p3_jan

@P4
GPE | الجزائر | p4_algeria
ORG | أوبك | p4_opec

@P5
GPE | السعودية | p5_ksa
NORP | الخليجية | p5_gulf
ORG | أوبك | p5_opec

@P6
DATE | الرابع من ديسمبر المقبل | p6_dec4

@P7
ORG | أوبك | p7_opec1
DATE | يونيو (حزيران) | p7_june
PER | خبري | p7_khebri
MONEY | 100 دولار | p7_money
DATE | يونيو 2014 | p7_june2014
ORG | أوبك | p7_opec2
NORP | الأفارقة | p7_african
GPE | الجزائر | p7_algeria
NORP | الخليجيين | p7_gulf

@P8
ORG | أوبك | p8_opec
PER | عبد الله البدري | p8_badri
REL | ROLE | p8_badri | p8_opec

@P9
GPE | الجزائر | p9_algeria
ORG | البنك المركزي | p9_cb

@P10
GPE | الجزائر | p10_algeria
MONEY | 02.‏19 مليار دولار | p10_money1
MONEY | 9.‏159 مليار دولار | p10_money2
DATE | الربع الأول من 2015 | p10_q1
