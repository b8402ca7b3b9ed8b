# saudinewsnet_part019_0800 (annotator20)
@P1
ORG | أدبي جدة | p1_club

@P2
ORG | نادي جدة الأدبي | p2_club
EVENT | ورشة عمل جدة غير للإبداع السردي | p2_workshop
PER | علي الشدوي | p2_shadawi
PER | الشدوي | p2_shadawi2

@P3
ORG | نادي جدة الأدبي | p3_club
EVENT | مسابقة جدة غير للشعر العربي | p3_contest
PER | عبدالرحمن السلمي | p3_sulami
GPE | جدة | p3_jeddah
DATE | يوم 24 شوال الجاري | p3_date
MONEY | 35 ألف ريال | p3_m35
MONEY | 20 ألف ريال | p3_m20
MONEY | 10 آلاف | p3_m10
MONEY | 5 آلاف ريال | p3_m5
