# saudinewsnet_part013_0363 (annotator4)
@P1
NORP | البرازيلي | p1_braz
PER | فـريد | p1_fred

@P2
NORP | البرازيلية | p2_braz
PER | فريد | p2_fred
ORG | منتخب البرازيل لكرة القدم | p2_team
EVENT | كوبا أمريكا | p2_copa
REL | ROLE | p2_fred | p2_team

@P3
ORG | جلوبوسبورت | p3_globo
ORG | الاتحاد البرازيلي لكرة القدم | p3_cbf
ORG | شاختار دونيستك | p3_shakhtar
DATE | اليوم الثلاثاء | p3_tue

@P4
ORG | فوكس سبورت | p4_fox
NORP | البرازيلي | p4_braz

@P5
ORG | المنتخب البرازيلي | p5_team
PER | رودريجو لاسمار | p5_lasmar
ORG | الاتحاد البرازيلي لكرة القدم | p5_cbf
ORG | المانية | p5_dpa
REL | ROLE | p5_lasmar | p5_team

@P6
PER | لاسمار | p6_lasmar

@P7
ORG | الوئام | p7_weam
NORP | البرازيلي | p7_braz
PER | فـريد | p7_fred
