# saudinewsnet_part021_0241 (annotator20)
@P1
GPE | السعودية | p1_ksa
GPE | الأردن | p1_jordan

@P2
ORG | واس | p2_spa
GPE | عمان | p2_amman
PER | محمد بن سلمان بن عبدالعزيز | p2_mbs1
ORG | مجلس الوزراء | p2_cabinet1
GPE | مملكة الأردنية الهاشمية | p2_jordan1
REL | ROLE | p2_mbs1 | p2_cabinet1
REL | VISIT | p2_mbs1 | p2_jordan1
GPE | المملكة العربية السعودية | p2_ksa1
GPE | المملكة الأردنية الهاشمية | p2_jordan2
PER | سلمان بن عبدالعزيز آل سعود | p2_salman1
PER | عبدالله الثاني | p2_abdullah1
PER | محمد بن سلمان بن عبدالعزيز آل سعود | p2_mbs2
ORG | مجلس الوزراء | p2_cabinet2
GPE | المملكة الأردنية الهاشمية | p2_jordan3
PER | عبدالله الثاني | p2_abdullah2
DATE | يوم الثلاثاء 19 / 10 / 1436هـ | p2_hijri
DATE | 4 / 8 / 2015م | p2_greg
REL | ROLE | p2_salman1 | p2_ksa1
REL | ROLE | p2_abdullah1 | p2_jordan2
REL | ROLE | p2_mbs2 | p2_cabinet2
REL | VISIT | p2_mbs2 | p2_jordan3
PER | عبد الله | p2_abdullah3
PER | سلمان بن عبدالعزيز آل سعود | p2_salman2
PER | محمد بن نايف بن عبدالعزيز آل سعود | p2_mbn1
ORG | مجلس الوزراء | p2_cabinet3
PER | عبدالله الثاني | p2_abdullah4
PER | عبدالله الثاني | p2_abdullah5
REL | MEET | p2_mbs2 | p2_abdullah3
REL | ROLE | p2_mbn1 | p2_cabinet3
PER | سلمان بن عبدالعزيز | p2_salman3
PER | عبدالله الثاني | p2_abdullah6
GPE | المملكة الأردنية الهاشمية | p2_jordan4
GPE | المملكة العربية السعودية | p2_ksa2
NORP | الإسلامي | p2_islamic
GPE | المملكة الأردنية الهاشمية | p2_jordan5
GPE | المملكة العربية السعودية | p2_ksa3
GPE | سوريا | p2_syria
NORP | السوري | p2_syrian
GPE | اليمن | p2_yemen
GPE | المملكة العربية السعودية | p2_ksa4
NORP | اليمني | p2_yemeni1
NORP | اليمني | p2_yemeni2
GPE | أردن | p2_jordan6
NORP | السوريين | p2_syrians
GPE | الأردن | p2_jordan7
GPE | العراق | p2_iraq
GPE | إيران | p2_iran
NORP | العربية | p2_arab1
NORP | العربية | p2_arab2
LAW | المبادرة العربية للسلام | p2_api
NORP | الفلسطيني | p2_palestinian
PER | عبدالله الثاني | p2_abdullah7
GPE | المملكة العربية السعودية | p2_ksa5
NORP | الأردني | p2_jordanian
GPE | المملكة الأردنية الهاشمية | p2_jordan8
REL | SUPPORTS | p2_ksa5 | p2_jordan8
PER | محمد بن سلمان بن عبدالعزيز آل سعود | p2_mbs3
PER | سلمان بن عبدالعزيز آل سعود | p2_salman4
PER | عبدالله الثاني | p2_abdullah8
PER | سلمان بن عبدالعزيز | p2_salman5
PER | محمد بن نايف بن عبدالعزيز آل سعود | p2_mbn2
PER | محمد بن سلمان بن عبدالعزيز آل سعود | p2_mbs4
PER | عبد الله | p2_abdullah9
ORG | الحكومة الأردنية | p2_jogov
REL | MEET | p2_mbs4 | p2_abdullah9
