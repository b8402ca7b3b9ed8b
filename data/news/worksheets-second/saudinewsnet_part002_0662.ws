# saudinewsnet_part002_0662 (second-fifth3)
@P1
PER | فان جال | p1_vg
ORG | مانشستر يونايتد | p1_mu

@P2
PER | لويس فان جال | p2_lvg
ORG | مانشستر يونايتد | p2_mu1
NORP | الإنجليزي | p2_english
DATE | فترة الانتقالات الصيفية الحالية | p2_window
NORP | الهولندي | p2_dutch
PER | فان جال | p2_vg2
MONEY | 1ر83 مليون جنيه إسترليني | p2_gbp
MONEY | 3ر129 مليون دولار | p2_usd
PER | ممفيس ديباي | p2_depay
PER | باستيان شفانيشتيجر | p2_schweini
PER | مورجان شنيدرلين | p2_schneiderlin
PER | ماتيو دارميان | p2_darmian
PER | روبين فان بيرسي | p2_vanpersie
PER | راداميل فالكاو | p2_falcao
ORG | مانشستر يونايتد | p2_mu2
PER | واين روني | p2_rooney1
PER | خافير هيرنانديز | p2_hernandez1
PER | جيمس ويلسون | p2_wilson1
ORG | المانية | p2_dpa
PER | فان جال | p2_vg3
GPE | الولايات المتحدة الأمريكية | p2_usa
PER | روني | p2_rooney2
DATE | الموسم الماضي | p2_lastseason
PER | روني | p2_rooney3
PER | هيرنانديز | p2_hernandez2
PER | ويلسون | p2_wilson2
ORG | الوئام | p2_wiam
PER | فان جال | p2_vg4
ORG | مانشستر يونايتد | p2_mu3
REL | ROLE | p2_lvg | p2_mu1
REL | ROLE | p2_depay | p2_mu1
REL | ROLE | p2_schweini | p2_mu1
REL | ROLE | p2_schneiderlin | p2_mu1
REL | ROLE | p2_darmian | p2_mu1
REL | ROLE | p2_vanpersie | p2_mu2
REL | ROLE | p2_falcao | p2_mu2
REL | ROLE | p2_rooney1 | p2_mu2
REL | ROLE | p2_hernandez1 | p2_mu2
REL | ROLE | p2_wilson1 | p2_mu2
REL | VISIT | p2_mu2 | p2_usa
