# saudinewsnet_part011_0781 (annotator49)
# "وزير البلدية" / "وزير الشؤون البلدية والقروية" are titles (no ORG, no ROLE). The app «أمانتي» is a product (no
# type); the award names have no type. "قياس" (Yesser's e-transformation measurement) is an index, not a body.
@P1
ORG | أمانة الأحساء | p1_amana
ORG | منظمة المدن العربية | p1_auo

@P2
PER | عبداللطيف آل الشيخ | p2_alsheikh
ORG | أمانة الأحساء | p2_amana
NORP | العربية | p2_arab1            # "الجائزة العربية": nationality adjective on a common noun
ORG | منظمة المدن العربية | p2_auo
GPE | الدوحة | p2_doha
GPE | دولة قطر | p2_qatar
NORP | عربية | p2_arab2
NORP | خليجية | p2_gulf
REL | LOCATED_IN | p2_doha | p2_qatar

@P3
GPE | الأحساء | p3_ahsa
PER | عادل بن محمد الملحم | p3_mulhim
PERCENT | ١٠٠٪ | p3_pct
ORG | برنامج الوطني للتعاملات الالكترونية | p3_program
ORG | يسّر | p3_yesser
PER | حمدان العرادي | p3_oraidi
REL | ROLE | p3_mulhim | p3_ahsa

@P4
ORG | أمانة الأحساء | p4_amana

@P5
ORG | منظمة المدن العربية | p5_auo
ORG | أمانة الاحساء | p5_amana
NORP | عربيا | p5_arab
GPE | دولة قطر | p5_qatar
PER | عبدالرحمن بن خليفة آل ثاني | p5_althani
REL | ROLE | p5_althani | p5_qatar

@P6
ORG | أمانة الأحساء | p6_amana
GPE | الأحساء | p6_ahsa             # inside the feature title "دليل الأحساء"
