# saudinewsnet_part016_0399 (annotator11)
@P1
PER | بادي | p1_badi
ORG | الشرق الأوسط | p1_asharq
ORG | الأمم المتحدة | p1_un

@P2
PER | راجح بادي | p2_badi
ORG | الحكومة اليمنية | p2_yemgov1
ORG | الشرق الأوسط | p2_asharq
ORG | الأمم المتحدة | p2_un
NORP | اليمني | p2_yemeni
ORG | الحكومة اليمنية | p2_yemgov2
NORP | الحوثية | p2_houthi
PER | علي عبد الله صالح | p2_saleh
GPE | عدن | p2_aden
GPE | أبين | p2_abyan
GPE | لحج | p2_lahj
GPE | تعز | p2_taiz
REL | ROLE | p2_badi | p2_yemgov1

@P3
PER | راجح بادي | p3_badi
GPE | عدن | p3_aden
DATE | أمس | p3_yesterday
ORG | الحكومة اليمنية | p3_yemgov1
ORG | أمم المتحدة | p3_un1
NORP | اليمني | p3_yemeni
GPE | الرياض | p3_riyadh
DATE | الأسبوع الماضي | p3_lastweek
ORG | الحكومة اليمنية | p3_yemgov2
ORG | الحكومة اليمنية | p3_yemgov3
ORG | الأمم المتحدة | p3_un2
LAW | القرار الأممي 2216 | p3_res2216

@P4
ORG | الحكومة اليمنية | p4_yemgov
GPE | عدن | p4_aden1
GPE | عدن | p4_aden2
GPE | عدن | p4_aden3

@P5
PER | بادي | p5_badi
GPE | عدن | p5_aden1
GPE | عدن | p5_aden2
GPE | أبين | p5_abyan
GPE | لحج | p5_lahj1
GPE | تعز | p5_taiz
ORG | المقاومة الشعبية | p5_resistance
ORG | الجيش الوطني | p5_army
GPE | لحج | p5_lahj2
REL | VISIT | p5_badi | p5_aden1

@P6
ORG | الحكومة اليمنية | p6_yemgov
ORG | الجيش الوطني | p6_army1
FAC | قاعدة العند العسكرية | p6_anad
NORP | يمنية | p6_yemeni
GPE | لحج | p6_lahj
ORG | الجيش الوطني | p6_army2

@P7
ORG | مقاومة الشعبية | p7_resistance
ORG | الجيش الوطني | p7_army
GPE | تعز | p7_taiz
GPE | أبين | p7_abyan
NORP | الحوثية | p7_houthi
