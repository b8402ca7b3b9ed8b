# saudinewsnet_part005_0215 (annotator46)
@P1
NORP | اليساري | p1_leftist
PER | كوربين | p1_corbyn
ORG | حزب العمال البريطاني | p1_labour

@P2
NORP | البريطاني | p2_british1
PER | توني بلير | p2_blair
DATE | أمس | p2_yesterday
ORG | حزب العمال | p2_labour
NORP | اليساري | p2_leftist
PER | جيريمي كوربين | p2_corbyn
NORP | البريطانية | p2_british2
REL | ROLE | p2_blair | p2_british1
# Blair warns the members against a Corbyn win
REL | CRITICIZES | p2_blair | p2_corbyn

@P3
PER | بلير | p3_blair
ORG | حزب العمال | p3_labour1
ORG | يو غوف | p3_yougov
ORG | ذا تايمز | p3_times
NORP | البريطانية | p3_british
PER | كوربين | p3_corbyn1
ORG | حزب العمال | p3_labour2
NORP | اليسارية | p3_leftist
PER | كوربين | p3_corbyn2
REL | ROLE | p3_blair | p3_labour1
# "not ... with Corbyn's leadership": opposing his leadership
REL | CRITICIZES | p3_blair | p3_corbyn2

@P4
PER | كوربين | p4_corbyn1
PER | بلير | p4_blair
PER | كوربين | p4_corbyn2
GPE | إزلينغتون | p4_islington
GPE | لندن | p4_london
PER | آندي برنهام | p4_burnham
# replying to Blair's statements (as Kerry's reply to Bandar, saudinewsnet_part002_1181)
REL | CRITICIZES | p4_corbyn1 | p4_blair
# "النائب عن منطقة إزلينغتون": MP representing the borough (like "السناتور عن نيويورك")
REL | ROLE | p4_corbyn2 | p4_islington
REL | LOCATED_IN | p4_islington | p4_london

@P5
PER | برنهام | p5_burnham
ORG | حزب العمال | p5_labour
PER | إيفيت كوبر | p5_cooper
PER | ليز كيندال | p5_kendall
PER | ماري كريغ | p5_creagh
# candidacy for the leadership gives no ROLE; the party's spokeswomen do
REL | ROLE | p5_cooper | p5_labour
REL | ROLE | p5_kendall | p5_labour
REL | ROLE | p5_creagh | p5_labour

@P6
PER | كوربين | p6_corbyn1
PERCENT | 43 في المائة | p6_pct43
PER | برنهام | p6_burnham
PERCENT | 26 في المائة | p6_pct26
PER | كوبر | p6_cooper
PERCENT | 20 في المائة | p6_pct20
PER | كيندال | p6_kendall
PERCENT | 11 في المائة | p6_pct11
NORP | بريطانيا | p6_british
DATE | يومي الجمعة والثلاثاء الماضيين | p6_days
PER | كوربين | p6_corbyn2
PER | كوربين | p6_corbyn3
PER | بلير | p6_blair
GPE | مملكة المتحدة | p6_uk
# per Blair, Corbyn would not be "the right choice for the UK"
REL | CRITICIZES | p6_blair | p6_corbyn3

@P7
PER | بلير | p7_blair1
PER | كوربين | p7_corbyn1
PER | بلير | p7_blair2
PER | كوربين | p7_corbyn2
ORG | العمال | p7_labour
DATE | مايو (أيار) الماضي | p7_may
# "الطريق الثالث" (the Third Way, a political slogan) has no type
ORG | العمال الجديد | p7_newlabour
PER | بلير | p7_blair3
DATE | عام 1997 | p7_1997
# "الذي وضع أساسه بلير": founder (as "حزبه الذي اطلقه", ant_v1.1_part002_2504)
REL | ROLE | p7_blair3 | p7_newlabour

@P8
PER | كيندال | p8_kendall1
PER | كيندال | p8_kendall2
ORG | حزب العمال | p8_labour1
PER | إيفيت كوبر | p8_cooper
PER | آندي برنهام | p8_burnham
PER | كيندال | p8_kendall3
ORG | حزب المحافظين | p8_tories
ORG | حزب العمال | p8_labour2
# Kendall's statements target the two front-runners
REL | CRITICIZES | p8_kendall2 | p8_cooper
REL | CRITICIZES | p8_kendall2 | p8_burnham

@P9
ORG | حزب العمال | p9_labour1
DATE | مايو الماضي | p9_may
ORG | مجلس العموم | p9_commons
ORG | حزب المحافظين | p9_tories
ORG | حزب العمال | p9_labour2
PER | إد ميليباند | p9_miliband
DATE | السابع من مايو الماضي | p9_may7
REL | ROLE | p9_miliband | p9_labour2
