# saudinewsnet_part015_0669 (annotator31)
@P1
ORG | قياس | p1_qiyas
ORG | المحاسبين | p1_socpa

@P2
ORG | الهيئة السعودية للمحاسبين القانونيين | p2_socpa1
ORG | المركز الوطني للقياس والتقويم | p2_nca1
DATE | يوم الاربعاء 13/10/1436ه | p2_date
ORG | قياس | p2_qiyas
PER | أحمد بن أحمد المغامس | p2_mughamis
ORG | المركز الوطني للقياس والتقويم | p2_nca2
PER | فيصل بن عبدالله المشاري آل سعود | p2_faisal
REL | ROLE | p2_mughamis | p2_socpa1
REL | ROLE | p2_faisal | p2_nca2

@P3
ORG | قياس | p3_qiyas
DATE | شهر ديسمبر 2015 | p3_dec2015

@P4
PER | المغامس | p4_mughamis
ORG | هيئة السعودية للمحاسبين القانونيين | p4_socpa
ORG | قياس | p4_qiyas
LOC | العالم العربي | p4_arabworld
REL | ROLE | p4_mughamis | p4_socpa

@P5
ORG | الهيئة السعودية للمحاسبين القانونيين | p5_socpa
DATE | بداية العام القادم | p5_nextyear
