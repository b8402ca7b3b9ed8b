# saudinewsnet_part009_0804 (annotator47)
# "اتحاد الكرة" (no country) is a common-noun reference (annotator37); "النادي الأبيض" is a descriptive nickname like "الفريق الأصفر" (annotator12): not annotated.
@P1
MONEY | 17 مليون جنيه | p1_money
ORG | الزمالك | p1_zamalek

@P2
ORG | لجنة شئون اللاعبين | p2_committee
ORG | اتحاد كرة القدم المصري | p2_efa          # national body, nationality kept inside (annotator37)
PER | محمود الشامي | p2_shami
ORG | الزمالك | p2_zamalek1
PER | عبد الواحد السيد | p2_abdelwahed
PER | محمود فتح الله | p2_fathalla
PER | أحمد سمير | p2_samir
ORG | الزمالك | p2_zamalek2
MONEY | 17 مليون جنيه | p2_money
REL | ROLE | p2_shami | p2_committee
REL | ROLE | p2_shami | p2_efa
REL | CRITICIZES | p2_committee | p2_zamalek1
REL | CRITICIZES | p2_abdelwahed | p2_zamalek1
REL | CRITICIZES | p2_fathalla | p2_zamalek1
REL | CRITICIZES | p2_samir | p2_zamalek1
REL | ROLE | p2_abdelwahed | p2_zamalek2
REL | ROLE | p2_fathalla | p2_zamalek2
REL | ROLE | p2_samir | p2_zamalek2

@P3
ORG | لجنة شئون اللاعبين | p3_committee1
ORG | الجبلاية | p3_gabalaya                  # the Egyptian FA named by its seat, as a body (like الكرملين)
PER | الشامي | p3_shami
PER | أحمد مجاهد | p3_megahed
ORG | لجنة شئون اللاعبين | p3_committee2
ORG | الزمالك | p3_zamalek1
PER | عبد الواحد السيد | p3_abdelwahed
PER | أحمد سمير | p3_samir
PER | محمود فتح الله | p3_fathalla
MONEY | 17 مليون جنيه | p3_money
ORG | الزمالك | p3_zamalek2
REL | ROLE | p3_shami | p3_committee1
REL | ROLE | p3_megahed | p3_gabalaya
REL | ROLE | p3_megahed | p3_committee2
REL | CRITICIZES | p3_committee1 | p3_zamalek1
REL | CRITICIZES | p3_abdelwahed | p3_zamalek1
REL | CRITICIZES | p3_samir | p3_zamalek1
REL | CRITICIZES | p3_fathalla | p3_zamalek1

@P4
ORG | الجبلاية | p4_gabalaya
ORG | زمالك | p4_zamalek1                  # "للزمالك" (after لل)
ORG | لجنة التظلمات | p4_appeals
ORG | الزمالك | p4_zamalek2
ORG | لجنة شئون اللاعبين | p4_committee1
ORG | لجنة شئون اللاعبين | p4_committee2
REL | CRITICIZES | p4_zamalek2 | p4_committee1

@P5
PER | مرتضى منصور | p5_mortada
ORG | الزمالك | p5_zamalek1
PER | أحمد مجاهد | p5_megahed
ORG | لجنة شئون اللاعبين | p5_committee1
PER | محمود الشامي | p5_shami
ORG | لجنة شئون اللاعبين | p5_committee2
ORG | الزمالك | p5_zamalek2
PER | عبد الواحد السيد | p5_abdelwahed
PER | أحمد سمير | p5_samir
PER | محمود فتح الله | p5_fathalla
REL | ROLE | p5_mortada | p5_zamalek1
REL | ROLE | p5_megahed | p5_committee1
REL | ROLE | p5_shami | p5_committee1
REL | CRITICIZES | p5_abdelwahed | p5_zamalek2
REL | CRITICIZES | p5_samir | p5_zamalek2
REL | CRITICIZES | p5_fathalla | p5_zamalek2
