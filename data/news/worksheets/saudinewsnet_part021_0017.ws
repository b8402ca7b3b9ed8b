# saudinewsnet_part021_0017 (annotator30)
@P1
LOC | المباركية | p1_mubarakiya

@P2
DATE | أمس | p2_yesterday
LOC | المباركية | p2_mubarakiya
GPE | الدمام | p2_dammam
REL | LOCATED_IN | p2_mubarakiya | p2_dammam
FAC | مجمع الدمام الطبي | p2_dmc

@P3
ORG | الدفاع المدني | p3_cd
ORG | الهلال الاحمر | p3_redcrescent

@P4
ORG | دفاع المدني | p4_cd1
GPE | المنطقة الشرقية | p4_eastern
REL | LOCATED_IN | p4_cd1 | p4_eastern
PER | منصور الدوسري | p4_dosari
REL | ROLE | p4_dosari | p4_cd1
ORG | الدفاع المدني | p4_cd2

@P5
FAC | مجمع الدمام الطبي | p5_dmc

@P7
ORG | الدفاع المدني | p7_cd
GPE | دومة الجندل | p7_dumat
REL | LOCATED_IN | p7_cd | p7_dumat
DATE | امس | p7_yesterday
LOC | البحيرات | p7_buhairat

@P8
ORG | مدني الجوف | p8_jawf_cd
PER | عطالله بن قاران الرويلي | p8_ruwaili
REL | ROLE | p8_ruwaili | p8_jawf_cd
