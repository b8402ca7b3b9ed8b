# saudinewsnet_part020_0035 (keyword3, second pass)
@P1
GPE | أردن | p1_jordan

@P2
PER | محمد بن سلمان بن عبدالعزيز | p2_mbs
ORG | مجلس الوزراء | p2_cabinet
GPE | مملكة الأردنية الهاشمية | p2_jordan
REL | ROLE | p2_mbs | p2_cabinet
REL | VISIT | p2_mbs | p2_jordan

@P3
GPE | المملكة العربية السعودية | p3_ksa
GPE | المملكة الأردنية الهاشمية | p3_jordan1
PER | سلمان بن عبدالعزيز آل سعود | p3_salman
PER | عبدالله الثاني | p3_abdullah1
PER | محمد بن سلمان بن عبدالعزيز آل سعود | p3_mbs
ORG | مجلس الوزراء | p3_cabinet
GPE | المملكة الأردنية الهاشمية | p3_jordan2
PER | عبدالله الثاني | p3_abdullah2
DATE | يوم الثلاثاء 19 / 10 / 1436هـ | p3_hijri
DATE | 4 / 8 / 2015م | p3_greg
REL | ROLE | p3_salman | p3_ksa
REL | ROLE | p3_abdullah1 | p3_jordan1
REL | ROLE | p3_mbs | p3_cabinet
REL | VISIT | p3_mbs | p3_jordan2

@P4
PER | سلمان بن عبدالعزيز آل سعود | p4_salman
PER | محمد بن نايف بن عبدالعزيز آل سعود | p4_mbn
ORG | مجلس الوزراء | p4_cabinet
PER | عبدالله الثاني | p4_abdullah1
PER | عبدالله الثاني | p4_abdullah2
REL | ROLE | p4_mbn | p4_cabinet

@P5
PER | سلمان بن عبدالعزيز | p5_salman
PER | عبدالله الثاني | p5_abdullah
GPE | المملكة الأردنية الهاشمية | p5_jordan
GPE | المملكة العربية السعودية | p5_ksa

@P6
NORP | الإسلامي | p6_islamic

@P7
GPE | المملكة الأردنية الهاشمية | p7_jordan
GPE | المملكة العربية السعودية | p7_ksa

@P8
GPE | سوريا | p8_syria
NORP | السوري | p8_syrian

@P9
GPE | اليمن | p9_yemen
GPE | المملكة العربية السعودية | p9_ksa
NORP | اليمني | p9_yemeni1
NORP | اليمني | p9_yemeni2

@P10
GPE | أردن | p10_jordan1
NORP | السوريين | p10_syrians
GPE | الأردن | p10_jordan2

@P11
GPE | العراق | p11_iraq
GPE | إيران | p11_iran
NORP | العربية | p11_arab1
NORP | العربية | p11_arab2

@P12
LAW | المبادرة العربية للسلام | p12_api
NORP | الفلسطيني | p12_palestinian

@P13
PER | عبدالله الثاني | p13_abdullah
GPE | المملكة العربية السعودية | p13_ksa
NORP | الأردني | p13_jordanian
GPE | المملكة الأردنية الهاشمية | p13_jordan
REL | SUPPORTS | p13_ksa | p13_jordan

@P14
PER | محمد بن سلمان بن عبدالعزيز آل سعود | p14_mbs
PER | سلمان بن عبدالعزيز آل سعود | p14_salman

@P15
PER | عبدالله الثاني | p15_abdullah
PER | سلمان بن عبدالعزيز | p15_salman
PER | محمد بن نايف بن عبدالعزيز آل سعود | p15_mbn

@P16
PER | محمد بن سلمان بن عبدالعزيز آل سعود | p16_mbs
ORG | الحكومة الأردنية | p16_jorgov
