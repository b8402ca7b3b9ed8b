# saudinewsnet_part021_0864 (annotator11)
@P1
ORG | رابطة العالم الإسلامي | p1_mwl

@P2
ORG | الأمانة العامة لرابطة العالم الإسلامي | p2_secretariat
GPE | مكة المكرمة | p2_mecca
ORG | قوات الطوارئ الخاصة | p2_sef
GPE | عسير | p2_asir
PER | عبد الله بن عبد المحسن التركي | p2_turki
ORG | رابطة العالم الإسلامي | p2_mwl
ORG | هيئة كبار العلماء | p2_ulama
REL | LOCATED_IN | p2_secretariat | p2_mecca
REL | LOCATED_IN | p2_sef | p2_asir
REL | ROLE | p2_turki | p2_mwl
REL | ROLE | p2_turki | p2_ulama

@P4
PER | التركي | p4_turki1
NORP | الإسلام | p4_islam1
NORP | مسلم | p4_muslim
PER | النسائي | p4_nasai
PER | الترمذي | p4_tirmidhi
FAC | الحرمين الشريفين | p4_holymosques
NORP | الإسلام | p4_islam2
PER | التركي | p4_turki2
ORG | حكومة خادم الحرمين الشريفين | p4_gov
NORP | الإسلامية | p4_islamic
NORP | المسلمين | p4_muslims
