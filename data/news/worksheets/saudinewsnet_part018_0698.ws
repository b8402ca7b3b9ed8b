@P1
GPE | بلقرن | p1_bilqarn

@P2
ORG | سبق | p2_sabq
GPE | بلقرن | p2_bilqarn
ORG | إدارة صحة البيئة | p2_ehd
ORG | بلدية محافظة بلقرن | p2_muni
GPE | سبت العلايا | p2_sabt
ORG | إدارة صحة البيئة | p2_ehd2
LAW | لائحة الغرامات والجزاءات عن المخالفات البلدية | p2_law
ORG | إدارة صحة البيئة | p2_ehd3
PER | عبدالله بن عوض القرني | p2_qarni
ORG | بلدية بلقرن | p2_muni2
PER | عبدالله بن علي الشمراني | p2_shamrani
REL | ROLE | p2_qarni | p2_ehd3
REL | ROLE | p2_shamrani | p2_muni2
