# saudinewsnet_part019_0173 (second-fifth2)
@P1
EVENT | انتخابات البيت الأبيض | p1_elec

@P2
PER | جون ستيوارت | p2_stewart
ORG | تويتر | p2_twitter
PER | دونالد ترامب | p2_trump
EVENT | انتخابات الرئاسة الأمريكية | p2_elec
DATE | 2016 | p2_2016

@P3
PER | ستيوارت | p3_stewart
NORP | الأمريكية | p3_american

@P4
PER | ترامب | p4_trump
ORG | الحزب الجمهوري | p4_gop
PER | ستيوارت | p4_stewart
REL | ROLE | p4_trump | p4_gop
REL | CRITICIZES | p4_stewart | p4_trump

@P5
PER | ستيوارت | p5_stewart
DATE | تموز (يوليو) | p5_july
PER | دونالد ترامب | p5_trump
REL | CRITICIZES | p5_stewart | p5_trump

@P6
PER | ستيوارت | p6_stewart
DATE | العام القادم | p6_nextyear
DATE | 2016 | p6_2016

@P7
PER | ترامب | p7_trump1
PER | ترامب | p7_trump2
NORP | جمهوريا | p7_republicans
DATE | نوفمبر) تشرين الثاني 2016 | p7_nov

@P8
PER | ترامب | p8_trump
PER | ستيوارت | p8_stewart
PER | جيب بوش | p8_bush
PER | هيلاري كلينتون | p8_clinton
REL | CRITICIZES | p8_stewart | p8_trump
REL | CRITICIZES | p8_stewart | p8_bush
REL | CRITICIZES | p8_stewart | p8_clinton

@P9
PER | ستيوارت | p9_stewart
ORG | جارديان | p9_guardian
NORP | البريطانية | p9_british
DATE | نيسان (أبريل) | p9_april
