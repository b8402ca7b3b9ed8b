# saudinewsnet_part012_0924 (annotator10)
@P1
ORG | الاتفاق | p1_ettifaq
PER | الزبيدي | p1_zubaidi
GPE | تركيا | p1_turkey
DATE | 24 أغسطس | p1_aug24
REL | ROLE | p1_zubaidi | p1_ettifaq

@P2
ORG | الاتفاق | p2_ettifaq
PER | علي الزبيدي | p2_zubaidi
GPE | تركيا | p2_turkey
REL | ROLE | p2_zubaidi | p2_ettifaq

@P3
PER | الزبيدي | p3_zubaidi
ORG | أهلي | p3_ahli

@P4
DATE | امس | p4_yesterday
DATE | الخميس | p4_thu
ORG | هجر | p4_hajer

@P5
ORG | دنيا الرياضة | p5_dunya
ORG | الاتفاق | p5_ettifaq
DATE | يوم 24 أغسطس المقبل | p5_aug24
PER | علي الزبيدي | p5_zubaidi
ORG | أهلي | p5_ahli
PER | محمد كنو | p5_kanno
ORG | هلال | p5_hilal
ORG | النصر | p5_nassr

@P6
GPE | تركيا | p6_turkey
PER | أحمد بن علي | p6_ahmad
ORG | هجر | p6_hajer
ORG | الكويت | p6_kuwaitclub
NORP | الكويتي | p6_kuwaiti
GPE | الدمام | p6_dammam
ORG | النهضة | p6_nahda
ORG | الرائد | p6_raed
EVENT | كأس ولي العهد | p6_cup
DATE | الثاني من شهر ذى القعدة المقبل | p6_date
REL | VISIT | p6_ahmad | p6_turkey

@P7
ORG | قرطبة | p7_cordoba
ORG | كول جاك | p7_kolcak
NORP | التركي | p7_turkish

@P8
ORG | الاتفاق | p8_ettifaq
NORP | البرتغالي | p8_portuguese
PER | اسماعيل غونزاليس | p8_gonzalez
ORG | الاتفاق | p8_ettifaq2
ORG | دوري الدرجة الأولى | p8_league
GPE | تركيا | p8_turkey
REL | ROLE | p8_gonzalez | p8_ettifaq
REL | VISIT | p8_gonzalez | p8_turkey
