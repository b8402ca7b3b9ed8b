# saudinewsnet_part008_0277 (annotator42)
@P1
PER | الساهر | p1_saher
PER | الجسمي | p1_jasmi
GPE | دبي | p1_dubai

@P2
NORP | العراقي | p2_iraqi
PER | كاظم الساهر | p2_saher
EVENT | صيف دبي | p2_festival          # quotes keep "مهرجان" out (like سيريوس)
NORP | الإماراتي | p2_emirati
PER | حسين الجسمي | p2_jasmi

@P3
DATE | أمس الجمعة | p3_friday
DATE | اليوم السبت | p3_saturday
ORG | مؤسسة المهرجانات والتجزئة | p3_dfre
GPE | دبي | p3_dubai
REL | LOCATED_IN | p3_dfre | p3_dubai

@P4
PER | الساهر | p4_saher
GPE | دبي | p4_dubai
DATE | اليوم السبت | p4_saturday
PER | كريم العراقي | p4_karim

@P5
LOC | العالم العربي | p5_arabworld
NORP | العربية | p5_arab
PER | الجسمي | p5_jasmi
GPE | دبي | p5_dubai

@P7
PER | الساهر | p7_saher
PER | كاظم | p7_kazem1
PER | كاظم | p7_kazem2

@P8
NORP | العراقي | p8_iraqi
GPE | بغداد | p8_baghdad             # the song "(بغداد)", a place name forming a title
NORP | العراقية | p8_iraqi2
GPE | الإمارات | p8_uae

@P9
NORP | الإماراتي | p9_emirati
PER | حسين الجمسي | p9_jasmi1          # misspelling as written
PER | الساهر | p9_saher
NORP | الخليجية | p9_gulf
PER | الجسمي | p9_jasmi2
NORP | المصرية | p9_egyptian
GPE | مصر | p9_egypt

@P10
PER | الجسمي | p10_jasmi
DATE | العامين الماضي والجاري | p10_years
NORP | العربية | p10_arab

@P11
EVENT | صيف دبي | p11_festival1
DATE | الخميس | p11_thursday
PER | عبد الله الرويشد | p11_ruwaished
PER | نوال الكويتية | p11_nawal
PER | ديانا حداد | p11_diana
EVENT | مهرجان صيف دبي | p11_festival2
