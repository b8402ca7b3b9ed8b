# saudinewsnet_part010_0371 (annotator55)
@P1
EVENT | مهرجان الكويت الدولي للمونودراما | p1_fest

@P2
PER | جمال اللهو | p2_lahou
EVENT | مهرجان الكويت الدولي للمونودراما | p2_fest    # head of an EVENT: no ROLE (annotator26 / festival supervisors)
DATE | العام القادم | p2_nextyear
DATE | 16-21 | p2_days                          # the bracket cuts the date: two DATEs
DATE | شهر أبريل 2016 | p2_april
NORP | عربية | p2_arab
GPE | دولة الكويت | p2_kuwait
GPE | إيطاليا | p2_italy
GPE | قطر | p2_qatar
GPE | السعودية | p2_saudi
GPE | العراق | p2_iraq
GPE | مصر | p2_egypt
GPE | الأردن | p2_jordan
GPE | لبنان | p2_lebanon
GPE | ليتوانيا | p2_lithuania
GPE | اسبانيا | p2_spain

@P3
# "وزير الإعلام وزير الدولة لشؤون الشباب الشيخ" are titles naming no country: no ROLE; support of the festival (EVENT) gives no relation
PER | اللهو | p3_lahou
PER | سلمان صباح السالم الحمود الصباح | p3_salman
NORP | الكويتي | p3_kuwaiti
ORG | المجلس الوطني الكويتي للثقافة والفنون والآداب | p3_nccal

@P4
DATE | الرابع من يناير عام 2016 | p4_jan4
ORG | لجنة إجازة النصوص | p4_committee
ORG | المجلس الوطني للثقافة والفنون والآداب | p4_nccal
