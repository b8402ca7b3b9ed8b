# saudinewsnet_part010_0324 (annotator36)
@P1
ORG | أمانة جدة | p1_amana

@P2
ORG | أمانة محافظة جدة | p2_amana
GPE | جدة | p2_jeddah1
GPE | جدة | p2_jeddah2

@P3
PER | هاني بن محمد أبو راس | p3_abouras
GPE | جدة | p3_jeddah1
ORG | لجنة الانتخابات العامة | p3_committee1
ORG | لجنة العامة للانتخابات البلدية | p3_committee2
GPE | جدة | p3_jeddah2
REL | ROLE | p3_abouras | p3_jeddah1
REL | ROLE | p3_abouras | p3_committee1
REL | LOCATED_IN | p3_committee2 | p3_jeddah2

@P4
PER | سعود التويم | p4_tuwaim
DATE | شهر ذي القعدة المقبل | p4_dhulqada

@P6
ORG | الوئام | p6_alweeam
ORG | أمانة جدة | p6_amana
