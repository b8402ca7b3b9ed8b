# saudinewsnet_part015_0051 (annotator4)
@P1
GPE | الجوف | p1_jouf

@P2
PER | محمد الشراري | p2_shrari
GPE | طبرجل | p2_tabarjal

@P3
ORG | وزارة العمل | p3_mol
GPE | الجوف | p3_jouf
PER | عبدالعزيز بن زايد الرويلي | p3_ruwaili
ORG | مساند | p3_musaned
REL | ROLE | p3_ruwaili | p3_mol

@P6
PER | الرويلي | p6_ruwaili
ORG | مساند | p6_musaned
ORG | وزارة العمل | p6_mol

@P7
ORG | وزارة العمل | p7_mol
GPE | الجوف | p7_jouf
GPE | الجوف | p7_jouf2
ORG | وزارة العمل | p7_mol2
