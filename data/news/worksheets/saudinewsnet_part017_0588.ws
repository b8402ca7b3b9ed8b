# saudinewsnet_part017_0588 (annotator4)
@P2
PER | مصطفى محمود | p2_mm
PER | أنور السادات | p2_sadat
REL | MEET | p2_mm | p2_sadat

@P3
PER | مصطفى محمود | p3_mm
ORG | صباح الخير | p3_sabah
PER | أحمد بهاء الدين | p3_bahaa
PER | كامل زهيري | p3_zuhairi
PER | لويس جريس | p3_greiss
PER | مصطفى محمود | p3_mm2
GPE | مصر | p3_egypt
PER | جمال عبد الناصر | p3_nasser
PER | عبد الناصر | p3_nasser2
PER | عبد الناصر | p3_nasser3
PER | عبد الناصر | p3_nasser4
PER | محمد حسنين هيكل | p3_heikal
PER | هيكل | p3_heikal2
PER | مصطفى | p3_mm3
REL | MEET | p3_heikal2 | p3_mm3

@P4
PER | مصطفى محمود | p4_mm
PER | مصطفى محمود | p4_mm2
