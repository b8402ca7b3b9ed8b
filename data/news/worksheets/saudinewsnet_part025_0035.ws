# saudinewsnet_part025_0035 (annotator23)
@P1
NORP | مصري | p1_egyptian
NORP | بريطاني | p1_british

@P2
PER | عبد الفتاح السيسي | p2_sisi
DATE | أمس | p2_yest
PER | هيلج لوند | p2_lund
ORG | مجموعة الغاز البريطانية | p2_bg
ORG | بريتش جاز | p2_bg2
PER | شريف إسماعيل | p2_ismail
REL | MEET | p2_sisi | p2_lund
REL | ROLE | p2_lund | p2_bg
REL | MEET | p2_sisi | p2_ismail
REL | MEET | p2_lund | p2_ismail

@P3
PER | علاء يوسف | p3_youssef
ORG | رئاسة الجمهورية | p3_presidency
ORG | وزارة البترول المصرية | p3_ministry
GPE | مصر | p3_egypt
REL | ROLE | p3_youssef | p3_presidency

@P4
ORG | مجموعة الغاز البريطانية | p4_bg
FAC | قناة السويس الجديدة | p4_canal
GPE | مصر | p4_egypt1
PER | لوند | p4_lund
NORP | المصرية | p4_egyptian1
NORP | المصرية | p4_egyptian2
GPE | مصر | p4_egypt2

@P5
PER | لوند | p5_lund
GPE | مصر | p5_egypt1
MONEY | 14 مليار دولار | p5_money1
GPE | مصر | p5_egypt2
DATE | عام 2011 | p5_2011
MONEY | أربعة مليارات ونصف المليار دولار | p5_money2
GPE | مصر | p5_egypt3

@P6
PER | علاء يوسف | p6_youssef
NORP | البريطانية | p6_british
GPE | مصر | p6_egypt1
GPE | مصر | p6_egypt2
MONEY | ثلاثية مليارات دولار | p6_money
GPE | مصر | p6_egypt3
