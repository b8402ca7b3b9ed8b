# saudinewsnet_part003_0314 (annotator52)
@P1
NORP | التركي | p1_turkish

@P2
ORG | الحكومة التركية | p2_gov
PER | أحمد داود أوغلو | p2_davutoglu1
# "تنظيم داعش" → `داعش`; the denied support is a negation: no SUPPORTS
ORG | داعش | p2_isis
PER | داود أوغلو | p2_davutoglu2
# "تفجير سروج": a compact construct with a place, like `هجوم لندن بريدج`
EVENT | تفجير سروج | p2_suruc
PER | داود أوغلو | p2_davutoglu3
GPE | تركيا | p2_turkey
ORG | العدالة والتنمية | p2_akp
REL | ROLE | p2_davutoglu1 | p2_gov

@P3
NORP | تركي | p3_turkish1
ORG | الشرق الأوسط | p3_aawsat
DATE | أمس | p3_yesterday
NORP | تركية | p3_turkish2
NORP | تركي | p3_turkish3
GPE | أديامان | p3_adiyaman
PER | علي آلاجوز | p3_alagoz

@P4
NORP | تركية | p4_turkish
PER | آلاجوز | p4_alagoz
DATE | شهر رمضان الماضي | p4_ramadan1
DATE | قبل 6 أشهر | p4_6months
# "(ع.)": the son's initial, a shortened name
PER | ع | p4_initial
DATE | شهر رمضان الماضي | p4_ramadan2
# joining (داعش) and going to Syria are only hedged ("لا أعرف ما إذا كانا"): no ROLE, no VISIT
ORG | داعش | p4_isis
GPE | سوريا | p4_syria

@P5
PER | داود أوغلو | p5_davutoglu
GPE | شانلي أورفة | p5_sanliurfa
PER | عز الدين كوجوك | p5_kucuk
ORG | داعش | p5_isis
REL | MEET | p5_davutoglu | p5_kucuk
REL | ROLE | p5_kucuk | p5_sanliurfa
