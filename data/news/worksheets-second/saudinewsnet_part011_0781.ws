# saudinewsnet_part011_0781 (second-fifth3)
@P1
ORG | أمانة الأحساء | p1_amana
ORG | منظمة المدن العربية | p1_auc

@P2
PER | عبداللطيف آل الشيخ | p2_alsheikh
ORG | أمانة الأحساء | p2_amana
NORP | العربية | p2_arab1
ORG | منظمة المدن العربية | p2_auc
GPE | الدوحة | p2_doha
GPE | دولة قطر | p2_qatar
NORP | عربية | p2_arab2
NORP | خليجية | p2_gulf
REL | LOCATED_IN | p2_doha | p2_qatar

@P3
GPE | الأحساء | p3_ahsa
PER | عادل بن محمد الملحم | p3_mulhim
PERCENT | ١٠٠٪ | p3_pct
ORG | برنامج الوطني للتعاملات الالكترونية | p3_prog
ORG | يسّر | p3_yesser
PER | حمدان العرادي | p3_aradi
REL | ROLE | p3_mulhim | p3_ahsa

@P4
ORG | أمانة الأحساء | p4_amana

@P5
ORG | منظمة المدن العربية | p5_auc
ORG | أمانة الاحساء | p5_amana
NORP | عربيا | p5_arab
GPE | دولة قطر | p5_qatar
PER | عبدالرحمن بن خليفة آل ثاني | p5_althani
REL | ROLE | p5_althani | p5_qatar

@P6
ORG | أمانة الأحساء | p6_amana
GPE | الأحساء | p6_ahsa
