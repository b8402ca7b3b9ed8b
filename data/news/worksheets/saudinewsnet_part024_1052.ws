# saudinewsnet_part024_1052 (annotator35)
@P1
PERCENT | 54 % | p1_pct

@P2
ORG | صندوق الأمير سلطان بن عبدالعزيز لتنمية المرأة | p2_fund
PER | حسن الجاسر | p2_jasser
PERCENT | 54 في المئة | p2_pct1
PER | الجاسر | p2_jasser2
DATE | قبل 6 سنوات | p2_6y
PERCENT | 15 في المئة | p2_pct2
PERCENT | 54 في المئة | p2_pct3
REL | ROLE | p2_jasser | p2_fund

@P3
PER | هناء الزهير | p3_zuhair
