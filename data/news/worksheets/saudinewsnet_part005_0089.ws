# saudinewsnet_part005_0089 (annotator5)
@P1
ORG | ديوان المظالم | p1_diwan

@P2
ORG | سبق | p2_sabq
GPE | الرياض | p2_riyadh
ORG | ديوان المظالم | p2_diwan
ORG | الإدارة العامة للعلاقات العامة والإعلام | p2_pr
DATE | اليوم الأربعاء | p2_wed
DATE | عيد الفطر | p2_eid
ORG | مجلس القضاء الإداري | p2_council
PER | خالد بن محمد اليوسف | p2_khalid
ORG | المحكمة الإدارية العليا | p2_court
PER | إبراهيم بن سليمان الرشيد | p2_ibrahim
PER | علي بن عبد الرحمن الحماد | p2_ali
PER | سلمان بن عبدالعزيز | p2_salman
PER | محمد بن نايف بن عبدالعزيز | p2_mbn
PER | محمد بن سلمان بن عبدالعزيز | p2_mbs
NORP | إسلام | p2_islam
NORP | المسلمين | p2_muslims
PER | خالد | p2_khalid2
ORG | مجلس القضاء الإداري | p2_council2
NORP | الإسلام | p2_islam2
REL | ROLE | p2_khalid | p2_diwan
REL | ROLE | p2_khalid | p2_council
REL | ROLE | p2_ibrahim | p2_court
REL | ROLE | p2_ali | p2_diwan
