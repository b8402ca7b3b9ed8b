# saudinewsnet_part009_0804 (second-fifth4)
@P1
ORG | اتحاد الكرة | p1_efa
MONEY | 17 مليون جنيه | p1_money
ORG | الزمالك | p1_zam
REL | CRITICIZES | p1_efa | p1_zam

@P2
ORG | لجنة شئون اللاعبين | p2_comm
ORG | اتحاد كرة القدم المصري | p2_efa
PER | محمود الشامي | p2_shami
ORG | الزمالك | p2_zam1
PER | عبد الواحد السيد | p2_abdelwahed
PER | محمود فتح الله | p2_fathallah
PER | أحمد سمير | p2_samir
ORG | الزمالك | p2_zam2
MONEY | 17 مليون جنيه | p2_money
REL | ROLE | p2_shami | p2_comm
REL | ROLE | p2_shami | p2_efa
REL | CRITICIZES | p2_comm | p2_zam1
REL | ROLE | p2_abdelwahed | p2_zam2
REL | ROLE | p2_fathallah | p2_zam2
REL | ROLE | p2_samir | p2_zam2
REL | CRITICIZES | p2_abdelwahed | p2_zam1
REL | CRITICIZES | p2_fathallah | p2_zam1
REL | CRITICIZES | p2_samir | p2_zam1

@P3
ORG | لجنة شئون اللاعبين | p3_comm1
ORG | الجبلاية | p3_gab
PER | الشامي | p3_shami
PER | أحمد مجاهد | p3_mogahed
ORG | لجنة شئون اللاعبين | p3_comm2
ORG | الزمالك | p3_zam1
PER | عبد الواحد السيد | p3_abdelwahed
PER | أحمد سمير | p3_samir
PER | محمود فتح الله | p3_fathallah
MONEY | 17 مليون جنيه | p3_money
ORG | الزمالك | p3_zam2
REL | ROLE | p3_shami | p3_comm1
REL | ROLE | p3_shami | p3_gab
REL | ROLE | p3_mogahed | p3_gab
REL | ROLE | p3_mogahed | p3_comm2
REL | CRITICIZES | p3_comm1 | p3_zam1
REL | CRITICIZES | p3_abdelwahed | p3_zam1
REL | CRITICIZES | p3_samir | p3_zam1
REL | CRITICIZES | p3_fathallah | p3_zam1

@P4
ORG | الجبلاية | p4_gab
ORG | زمالك | p4_zam1
ORG | لجنة التظلمات | p4_appeals
ORG | الزمالك | p4_zam2
ORG | لجنة شئون اللاعبين | p4_comm1
ORG | لجنة شئون اللاعبين | p4_comm2
REL | CRITICIZES | p4_zam2 | p4_comm1

@P5
PER | مرتضى منصور | p5_mansour
ORG | الزمالك | p5_zam1
PER | أحمد مجاهد | p5_mogahed
ORG | لجنة شئون اللاعبين | p5_comm1
PER | محمود الشامي | p5_shami
ORG | لجنة شئون اللاعبين | p5_comm2
ORG | الزمالك | p5_zam2
PER | عبد الواحد السيد | p5_abdelwahed
PER | أحمد سمير | p5_samir
PER | محمود فتح الله | p5_fathallah
REL | ROLE | p5_mansour | p5_zam1
REL | ROLE | p5_mogahed | p5_comm1
REL | ROLE | p5_shami | p5_comm1
REL | CRITICIZES | p5_comm2 | p5_zam2
REL | CRITICIZES | p5_abdelwahed | p5_zam2
REL | CRITICIZES | p5_samir | p5_zam2
REL | CRITICIZES | p5_fathallah | p5_zam2
