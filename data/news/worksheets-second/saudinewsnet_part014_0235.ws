# saudinewsnet_part014_0235 (keyword4, second pass)
@P1
FAC | مطار الملك خالد | p1_airport
ORG | كفيف | p1_kafif

@P2
FAC | مطار الملك خالد الدولي | p2_airport1
NORP | الآسيوية | p2_asian1
ORG | جمعية المكفوفين الخيرية | p2_society
GPE | الرياض | p2_riyadh
ORG | كفيف | p2_kafif
PER | ماجد بن عبدالله القصبي | p2_qasabi
PER | محمد بن سليمان الشويمان | p2_shuwaiman1
FAC | مطار الملك خالد الدولي | p2_airport2
PER | الشويمان | p2_shuwaiman2
NORP | الآسيوية | p2_asian2
NORP | العربية | p2_arabic
NORP | الإنجليزية | p2_english
REL | LOCATED_IN | p2_society | p2_riyadh
REL | ROLE | p2_shuwaiman1 | p2_society
