# saudinewsnet_part013_0234 (annotator34)
@P1
NORP | المصري | p1_egyptian

@P2
PER | محمد بن سلمان بن عبدالعزيز | p2_mbs
ORG | مجلس الوزراء | p2_cabinet
PER | عبدالفتاح السيسي | p2_sisi
GPE | جمهورية مصر العربية | p2_egypt1
GPE | مصر | p2_egypt2
REL | ROLE | p2_mbs | p2_cabinet
REL | ROLE | p2_sisi | p2_egypt1
REL | VISIT | p2_mbs | p2_egypt2

@P3
PER | عبدالفتاح السيسي | p3_sisi

@P4
GPE | جمهورية مصر العربية | p4_egypt

@P7
PER | سلمان بن عبدالعزيز آل سعود | p7_salman

@P10
PER | محمد بن سلمان بن عبدالعزيز آل سعود | p10_mbs

@P11
ORG | مجلس الوزراء | p11_cabinet

@P13
ORG | الوئام | p13_alweeam
NORP | المصري | p13_egyptian
