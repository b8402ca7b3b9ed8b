# saudinewsnet_part001_0337 (annotator27)
@P1
ORG | المقاومة الشعبية | p1_resist
GPE | اليمن | p1_yemen

@P2
NORP | يمنيتان | p2_yemenis
ORG | المقاومة الشعبية | p2_resist1
GPE | مأرب | p2_marib1
REL | LOCATED_IN | p2_resist1 | p2_marib1
PER | سلمان بن عبدالعزيز آل سعود | p2_salman
DATE | عيد الفطر | p2_eid
PER | علي غريب | p2_gharib
GPE | مأرب | p2_marib2
REL | ROLE | p2_gharib | p2_marib2
GPE | اليمن | p2_yemen1
ORG | وكالة الأنباء السعودية | p2_spa
EVENT | عاصفة الحزم | p2_storm
EVENT | إعادة الأمل | p2_hope
PER | سالم سمران | p2_samran
ORG | المقاومة الشعبية | p2_resist2
REL | ROLE | p2_samran | p2_resist2
ORG | التحالف العربي | p2_coalition
GPE | المملكة العربية السعودية | p2_ksa
ORG | المقاومة الشعبية | p2_resist3
REL | SUPPORTS | p2_coalition | p2_resist3
NORP | الحوثية | p2_houthi1
NORP | الحوثي | p2_houthi2
PER | عبده الحذيفي | p2_hudhaifi1
NORP | اليمني | p2_yemeni1
REL | ROLE | p2_hudhaifi1 | p2_yemeni1
FAC | مطار عدن الدولي | p2_airport1
DATE | الأسبوع المقبل | p2_nextweek
NORP | الحوثي | p2_houthi3
PER | علي عبدالله صالح | p2_saleh1
PER | الحذيفي | p2_hudhaifi2
NORP | اليمنيين | p2_yemenis2
FAC | مطار عدن | p2_airport2
ORG | المقاومة الشعبية | p2_resist4
NORP | الحوثي | p2_houthi4
GPE | عدن | p2_aden1
ORG | المقاومة الشعبية | p2_resist5
GPE | مأرب | p2_marib3
GPE | اليمن | p2_yemen2
DATE | أمس | p2_yest1
REL | LOCATED_IN | p2_resist5 | p2_marib3
REL | LOCATED_IN | p2_marib3 | p2_yemen2
NORP | الحوثيين | p2_houthi5
NORP | الحوثيين | p2_houthi6
GPE | الفاو | p2_faw
ORG | المقاومة الشعبية | p2_resist6
GPE | إب | p2_ibb1
GPE | اليمن | p2_yemen3
DATE | أمس | p2_yest2
REL | LOCATED_IN | p2_resist6 | p2_ibb1
REL | LOCATED_IN | p2_ibb1 | p2_yemen3
NORP | الحوثي | p2_houthi7
NORP | الحوثيين | p2_houthi8
FAC | مفرق حبيش | p2_junction
GPE | المخادر | p2_makhader
REL | LOCATED_IN | p2_junction | p2_makhader
GPE | تعز | p2_taiz1
NORP | اليمني | p2_yemeni3
GPE | عدن | p2_aden2
GPE | عدن | p2_aden3
NORP | الحوثية | p2_houthi9
FAC | مطار عدن | p2_airport3
GPE | تعز | p2_taiz2
NORP | اليمنية | p2_yemeni4
ORG | المجلس العسكري | p2_council
GPE | تعز | p2_taiz3
REL | LOCATED_IN | p2_council | p2_taiz3
DATE | أمس | p2_yest3
ORG | وكالة الأنباء اليمنية | p2_saba
NORP | الحوثي | p2_houthi10
PER | علي عبدالله صالح | p2_saleh2
REL | CRITICIZES | p2_council | p2_saleh2
DATE | أمس | p2_yest4
FAC | سد الجبلين | p2_dam
GPE | الضباب | p2_dhabab
REL | LOCATED_IN | p2_dam | p2_dhabab
GPE | تعز | p2_taiz4
GPE | إب | p2_ibb2
ORG | المقاومة الشعبية | p2_resist7
NORP | الإسلامية | p2_islamic
