# ant_v1.1_part000_0715 (keyword1, second pass)
@P1
GPE | باجة | p1_beja
ORG | البنك العالمي | p1_wb

@P2
DATE | اليوم الثلاثاء | p2_tuesday
GPE | دجبة | p2_djebba1
GPE | تيبار | p2_thibar
GPE | باجة | p2_beja
GPE | دجبة | p2_djebba2
GPE | دجبة | p2_djebba3
ORG | البنك العالمي | p2_wb
MONEY | 11 مليون دينار | p2_money
DATE | سنة 2017 | p2_2017
REL | LOCATED_IN | p2_djebba1 | p2_thibar
REL | LOCATED_IN | p2_thibar | p2_beja

@P3
PER | سامي بن رمضان | p3_benramdhane
ORG | قسم المياه | p3_waterdiv
ORG | المندوبية الجهوية للفلاحة | p3_crda1
GPE | باجة | p3_beja1
LOC | وادى مجردة | p3_medjerda
GPE | دجبة | p3_djebba1
FAC | سد وادى تيبار | p3_dam
GPE | دجبة | p3_djebba2
PER | محمد الشابي | p3_chebbi
ORG | دائرة الهندسة الريفية | p3_ruraleng
ORG | المندوبية الجهوية للفلاحة | p3_crda2
GPE | دجبة | p3_djebba3
ORG | المندوبية الجهوية للفلاحة | p3_crda3
GPE | باجة | p3_beja2
GPE | دجبة | p3_djebba4
GPE | دجبة | p3_djebba5
ORG | البنك العالمي | p3_wb
PER | فرنسوا اونيموس | p3_onimus
PER | دافيد تراقر | p3_trager
PER | هشام عاشور | p3_achour
GPE | دجبة | p3_djebba6
GPE | دجبة | p3_djebba7
GPE | دجبة | p3_djebba8
REL | ROLE | p3_benramdhane | p3_waterdiv
REL | ROLE | p3_benramdhane | p3_crda1
REL | LOCATED_IN | p3_crda1 | p3_beja1
REL | ROLE | p3_chebbi | p3_ruraleng
REL | ROLE | p3_chebbi | p3_crda2
REL | LOCATED_IN | p3_crda3 | p3_beja2
REL | ROLE | p3_onimus | p3_wb
REL | ROLE | p3_trager | p3_wb
REL | ROLE | p3_achour | p3_wb
REL | VISIT | p3_onimus | p3_djebba6
REL | VISIT | p3_trager | p3_djebba6
REL | VISIT | p3_achour | p3_djebba6
