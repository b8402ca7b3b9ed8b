# saudinewsnet_part013_0622 (annotator20)
@P1
NORP | اليمنيين | p1_yemenis

@P2
ORG | عكاظ | p2_okaz
LOC | الملز | p2_malaz
GPE | الرياض | p2_riyadh
PER | سفر بن منصور بن دليم | p2_dulaim
NORP | اليمنيين | p2_yemenis
REL | LOCATED_IN | p2_malaz | p2_riyadh

@P3
PER | ابن دليم | p3_dulaim
NORP | يمنيا | p3_yemenis
GPE | الرياض | p3_riyadh

@P4
LOC | الملز | p4_malaz
DATE | أمس | p4_yesterday
GPE | الرياض | p4_riyadh
