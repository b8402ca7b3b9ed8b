# saudinewsnet_part015_0900 (annotator12)
@P1
ORG | الجامعة العربية | p1_league
ORG | الاحتلال الإسرائيلي | p1_occ
LAW | قانون الإطعام القسري | p1_law
NORP | الفلسطينيين | p1_pal
REL | CRITICIZES | p1_league | p1_occ

@P2
ORG | جامعة الدول العربية | p2_league
ORG | برلمان الاحتلال الإسرائيلي | p2_parl
DATE | يوم الخميس الماضي | p2_thu
NORP | الفلسطينيين | p2_pal
REL | CRITICIZES | p2_league | p2_parl

@P3
ORG | قطاع فلسطين والأراضي العربية المحتلة | p3_sector
ORG | الجامعة العربية | p3_league

@P4
ORG | الجامعة العربية | p4_league
ORG | البرلمان الأوروبي | p4_ep
ORG | مجلس حقوق الإنسان | p4_hrc
ORG | اللجنة الدولية للصليب الأحمر | p4_icrc

@P5
ORG | الأمانة العامة لجامعة الدول العربية | p5_secretariat
NORP | الفلسطينيين | p5_pal
ORG | الاحتلال الإسرائيلي | p5_occ
NORP | الإسرائيليين | p5_isr
REL | CRITICIZES | p5_secretariat | p5_occ
