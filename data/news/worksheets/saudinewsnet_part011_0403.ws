# saudinewsnet_part011_0403 (annotator22)
@P1
LOC | الشرق الأوسط وشمال أفريقيا | p1_mena

@P2
LOC | الشرق الأوسط وشمال أفريقيا | p2_mena

@P3
ORG | إرنست ويونغ | p3_ey_ar
ORG | EY | p3_ey1
GPE | لندن | p3_london
LOC | الشرق الأوسط وشمال أفريقيا | p3_mena
ORG | EY | p3_ey2
NORP | الأوروبية | p3_european

@P4
PER | شريف الكيلاني | p4_kilani
LOC | الشرق الأوسط وشمال أفريقيا | p4_mena
ORG | EY | p4_ey
EVENT | الربيع العربي | p4_arabspring
REL | ROLE | p4_kilani | p4_ey

@P7
PER | عاصم شيخ | p7_sheikh
LOC | الشرق الأوسط وشمال أفريقيا | p7_mena1
ORG | EY | p7_ey
LOC | الشرق الأوسط وشمال أفريقيا | p7_mena2
REL | ROLE | p7_sheikh | p7_ey

@P9
PER | عاصم | p9_asim

@P11
PER | فينبار سكستون | p11_sexton
LOC | الشرق الأوسط وشمال أفريقيا | p11_mena
ORG | EY | p11_ey
GPE | مصر | p11_egypt
ORG | مجلس التعاون الخليجي | p11_gcc
REL | ROLE | p11_sexton | p11_ey

@P12
PER | فينبار | p12_finbar

@P14
ORG | منظمة التعاون الاقتصادي والتنمية | p14_oecd_ar
ORG | OECD | p14_oecd

@P15
PER | شريف الكيلاني | p15_kilani

@P16
PER | شريف | p16_sharif
