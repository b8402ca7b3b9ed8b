@P1
ORG | الشباب | p1_shabab
PER | الحشان | p1_hashan
ORG | القادسية | p1_qadsia
REL | ROLE | p1_hashan | p1_shabab

@P2
ORG | الشباب | p2_shabab
ORG | دوري المحترفين السعودي | p2_league
NORP | الكويتي | p2_kuw
PER | سيف الحشان | p2_hashan
DATE | أمس السبت | p2_date
ORG | القادسية | p2_qadsia
REL | ROLE | p2_hashan | p2_shabab
REL | ROLE | p2_hashan | p2_qadsia

@P3
ORG | الشباب | p3_shabab
ORG | تويتر | p3_twitter
DATE | أمس السبت | p3_date
ORG | الشباب | p3_shabab2
NORP | الكويتي | p3_kuw
PER | سيف الحشان | p3_hashan
ORG | الشباب | p3_shabab3
REL | ROLE | p3_hashan | p3_shabab2

@P4
ORG | الشباب | p4_shabab
PER | الحشان | p4_hashan
ORG | منتخب الكويت | p4_kuwteam
ORG | القادسية | p4_qadsia
DATE | يوم الجمعة | p4_date
ORG | الشباب | p4_shabab2
REL | ROLE | p4_hashan | p4_shabab
REL | ROLE | p4_hashan | p4_kuwteam

@P5
ORG | القادسية | p5_qadsia
ORG | تويتر | p5_twitter
PER | محمد البناي | p5_banai
ORG | المنتخب الكويتي | p5_kuwteam
DATE | 26 يوليو الماضي | p5_date
REL | ROLE | p5_banai | p5_qadsia
REL | CRITICIZES | p5_banai | p5_kuwteam

@P6
ORG | الشباب | p6_shabab
NORP | السعودي | p6_saudi

@P7
PER | الحشان | p7_hashan
ORG | الشباب | p7_shabab
DATE | موسم الجديد | p7_season
NORP | البرازيلي | p7_braz
PER | رافينيا | p7_rafinha
GPE | أوروجواي | p7_uru
PER | ماوريسيو أفونسو | p7_afonso
PER | دييجو أريسمندي | p7_arismendi
ORG | الشباب | p7_shabab2
DATE | الموسم الماضي | p7_lastseason
ORG | الرائد | p7_raed
DATE | 22 أغسطس آب الجاري | p7_date
REL | ROLE | p7_hashan | p7_shabab
REL | ROLE | p7_rafinha | p7_shabab
REL | ROLE | p7_afonso | p7_shabab
REL | ROLE | p7_arismendi | p7_shabab
