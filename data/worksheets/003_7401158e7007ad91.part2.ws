# 003_7401158e7007ad91, part 2: paragraphs P23-P51 (labels prefixed b_)

@P23
# "إقرأ أيضاً:" - no entities

@P24
PER | بوتين | b_p24_putin
PER | ترامب | b_p24_trump
GPE | أمريكا | b_p24_us
GPE | روسيا | b_p24_russia
REL | MEET | b_p24_putin | b_p24_trump

@P25
ORG | كرملين | b_p25_kremlin
NORP | الروسي | b_p25_rus
PER | فلاديمير بوتين | b_p25_putin
NORP | الأمريكي | b_p25_us
PER | دونالد ترامب | b_p25_trump
FAC | سيريوس | b_p25_sirius
GPE | موسكو | b_p25_moscow
GPE | أوكرانيا | b_p25_ukraine
REL | ROLE | b_p25_putin | b_p25_rus
REL | ROLE | b_p25_trump | b_p25_us
REL | MEET | b_p25_putin | b_p25_trump
REL | LOCATED_IN | b_p25_sirius | b_p25_moscow

@P26
NORP | الروسي | b_p26_rus
PER | فلاديمير بوتين | b_p26_putin
DATE | أمس الاثنين | b_p26_date
NORP | الأمريكي | b_p26_us
PER | دونالد ترامب | b_p26_trump
REL | ROLE | b_p26_putin | b_p26_rus
REL | ROLE | b_p26_trump | b_p26_us
REL | MEET | b_p26_putin | b_p26_trump

@P27
PER | بوتين | b_p27_putin
PER | ترامب | b_p27_trump
GPE | الولايات المتحدة | b_p27_usa
GPE | روسيا | b_p27_russia
GPE | أوكرانيا | b_p27_ukraine

@P28
PER | بوتين | b_p28_putin
GPE | روسيا | b_p28_russia

@P29
GPE | أوكرانيا | b_p29_ukraine

@P30
PER | بوتين | b_p30_putin
NORP | الأمريكي | b_p30_us
GPE | روسيا | b_p30_russia
NORP | الأوكراني | b_p30_ukr

@P31
PER | بوتين | b_p31_putin
GPE | إسطنبول | b_p31_istanbul
GPE | روسيا | b_p31_russia
GPE | أوكرانيا | b_p31_ukraine

@P32
NORP | الأمريكي | b_p32_us
PER | دونالد ترامب | b_p32_trump
PER | بوتين | b_p32_putin
ORG | تروث سوشيال | b_p32_truth
NORP | الروسي | b_p32_rus
PER | بوتين | b_p32_putin2
REL | ROLE | b_p32_trump | b_p32_us
REL | MEET | b_p32_trump | b_p32_putin
REL | ROLE | b_p32_putin2 | b_p32_rus
REL | MEET | b_p32_trump | b_p32_putin2

@P33
PER | ترامب | b_p33_trump
GPE | موسكو | b_p33_moscow
GPE | كييف | b_p33_kyiv
GPE | أوكرانيا | b_p33_ukraine

@P34
PER | ترامب | b_p34_trump
GPE | روسيا | b_p34_russia
GPE | أوكرانيا | b_p34_ukraine

@P35
# no entities

@P36
PER | ترامب | b_p36_trump
GPE | روسيا | b_p36_russia
GPE | أوكرانيا | b_p36_ukraine
FAC | البيت الأبيض | b_p36_wh

@P37
NORP | الأوكرانية | b_p37_ukr
PER | ترامب | b_p37_trump

@P38
GPE | روسيا | b_p38_russia
PER | بوتين | b_p38_putin

@P39
NORP | الأمريكي | b_p39_us
PER | دونالد ترامب | b_p39_trump
NORP | الروسي | b_p39_rus
PER | فلاديمير بوتين | b_p39_putin
GPE | أوكرانيا | b_p39_ukraine
REL | ROLE | b_p39_trump | b_p39_us
REL | ROLE | b_p39_putin | b_p39_rus
REL | MEET | b_p39_trump | b_p39_putin

@P40
PER | ترامب | b_p40_trump
ORG | مركز جون كينيدي للفنون المسرحية | b_p40_kennedy

@P41
ORG | الرئاسة الروسية | b_p41_presidency
PER | دميتري بيسكوف | b_p41_peskov
DATE | اليوم الثلاثاء | b_p41_date
PER | بوتين | b_p41_putin
PER | ترامب | b_p41_trump
GPE | روسيا | b_p41_russia
GPE | أوكرانيا | b_p41_ukraine
REL | ROLE | b_p41_peskov | b_p41_presidency
REL | MEET | b_p41_putin | b_p41_trump

@P42
PER | بيسكوف | b_p42_peskov
GPE | روسيا | b_p42_russia
GPE | أوكرانيا | b_p42_ukraine

@P43
PER | بيسكوف | b_p43_peskov
EVENT | صراع الأوكراني | b_p43_conflict
GPE | روسيا | b_p43_russia
NORP | الأمريكية | b_p43_us
EVENT | الصراع الأوكراني | b_p43_conflict2

@P44
GPE | الفاتيكان | b_p44_vatican
NORP | الأوكرانية | b_p44_ukr
PER | بوتين | b_p44_putin
PER | ترامب | b_p44_trump
REL | MEET | b_p44_putin | b_p44_trump

@P45
ORG | الكرملين | b_p45_kremlin
PER | ديمتري بيسكوف | b_p45_peskov
EVENT | الأزمة الأوكرانية | b_p45_crisis
REL | ROLE | b_p45_peskov | b_p45_kremlin

@P46
PER | بيسكوف | b_p46_peskov
DATE | الثلاثاء | b_p46_date
GPE | موسكو | b_p46_moscow

@P47
PER | بيسكوف | b_p47_peskov
GPE | موسكو | b_p47_moscow
GPE | كييف | b_p47_kyiv

@P48
# no entities

@P49
NORP | الروسي | b_p49_rus
NORP | الأوكراني | b_p49_ukr

@P50
DATE | 12 فبراير الفائت | b_p50_date
NORP | الروسي | b_p50_rus
NORP | الأمريكي | b_p50_us
NORP | الأوكرانية | b_p50_ukr

@P51
DATE | 18 مارس الفائت | b_p51_date
GPE | أوكرانيا | b_p51_ukraine
LOC | الشرق الأوسط | b_p51_me
