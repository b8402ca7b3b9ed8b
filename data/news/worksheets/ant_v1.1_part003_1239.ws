# ant_v1.1_part003_1239 (annotator14)
@P1
PER | توتي | p1_totti

@P2
ORG | روما | p2_roma
PER | فرانشكو توتي | p2_totti
ORG | روما | p2_roma2
REL | ROLE | p2_totti | p2_roma

@P3
PER | توتي | p3_totti
ORG | جنوة | p3_genoa
NORP | اللإيطالية | p3_italian
ORG | تشلسي | p3_chelsea
MONEY | 120 ملوين | p3_money
ORG | ريال مدريد | p3_real
ORG | روما | p3_roma
PER | توتي | p3_totti2
DATE | 27 سبتمبر 1976 | p3_birth
DATE | 28 مارس 1993 | p3_debut
REL | ROLE | p3_totti | p3_roma
