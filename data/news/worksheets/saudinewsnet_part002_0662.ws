# saudinewsnet_part002_0662 (annotator46)
@P1
PER | فان جال | p1_vangaal
ORG | مانشستر يونايتد | p1_manutd

@P2
# sentence 1: the manager
PER | لويس فان جال | p2_vangaal1
ORG | مانشستر يونايتد | p2_manutd1
NORP | الإنجليزي | p2_english
DATE | فترة الانتقالات الصيفية الحالية | p2_window
REL | ROLE | p2_vangaal1 | p2_manutd1
# sentence 2: the summer signings (the club is named in the previous sentence)
NORP | الهولندي | p2_dutch
PER | فان جال | p2_vangaal2
MONEY | 1ر83 مليون جنيه إسترليني | p2_gbp
MONEY | 3ر129 مليون دولار | p2_usd
PER | ممفيس ديباي | p2_depay
PER | باستيان شفانيشتيجر | p2_schweinsteiger
PER | مورجان شنيدرلين | p2_schneiderlin
PER | ماتيو دارميان | p2_darmian
REL | ROLE | p2_depay | p2_manutd1
REL | ROLE | p2_schweinsteiger | p2_manutd1
REL | ROLE | p2_schneiderlin | p2_manutd1
REL | ROLE | p2_darmian | p2_manutd1
# sentence 3: departures and the remaining strikers
PER | روبين فان بيرسي | p2_vanpersie
PER | راداميل فالكاو | p2_falcao
ORG | مانشستر يونايتد | p2_manutd2
PER | واين روني | p2_rooney1
PER | خافير هيرنانديز | p2_hernandez1
PER | جيمس ويلسون | p2_wilson1
REL | ROLE | p2_vanpersie | p2_manutd2
REL | ROLE | p2_falcao | p2_manutd2
REL | ROLE | p2_rooney1 | p2_manutd2
REL | ROLE | p2_hernandez1 | p2_manutd2
REL | ROLE | p2_wilson1 | p2_manutd2
# "وفقا للالمانية": the German press agency (ORG, §7.7), after لل
ORG | المانية | p2_dpa
# sentence 4: the team's US tour (§7.5: a club's tour abroad is a VISIT)
PER | فان جال | p2_vangaal3
GPE | الولايات المتحدة الأمريكية | p2_usa
REL | VISIT | p2_vangaal3 | p2_usa
REL | VISIT | p2_manutd2 | p2_usa
PER | روني | p2_rooney2
DATE | الموسم الماضي | p2_lastseason
PER | روني | p2_rooney3
PER | هيرنانديز | p2_hernandez2
PER | ويلسون | p2_wilson2
# the repeated headline after the link line
ORG | الوئام | p2_weam
PER | فان جال | p2_vangaal4
ORG | مانشستر يونايتد | p2_manutd3
