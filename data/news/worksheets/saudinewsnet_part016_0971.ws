# saudinewsnet_part016_0971 (annotator23)
@P1
EVENT | مهرجان الشباب العربي | p1_festival
GPE | الإسكندرية | p1_alex

@P2
ORG | الرئاسة العامة لرعاية الشباب | p2_gpyw
EVENT | مهرجان الشباب العربي | p2_festival
GPE | الإسكندرية | p2_alex
GPE | جمهورية مصر العربية | p2_egypt
NORP | العربية | p2_arab
ORG | جامعة الدول العربية | p2_league
REL | LOCATED_IN | p2_alex | p2_egypt

@P3
PER | سليمان المسند | p3_musnad
PER | عبدالله بن مساعد | p3_abdullah
NORP | العربية | p3_arab1
NORP | العربية | p3_arab2
LOC | الوطن العربي | p3_arabworld
NORP | العربي | p3_arab3

@P5
NORP | السعودي | p5_saudi1
NORP | السعودي | p5_saudi2
NORP | السعودي | p5_saudi3
NORP | السعودية | p5_saudi4

@P6
NORP | السعودي | p6_saudi1
NORP | السعودية | p6_saudi2
NORP | العربية | p6_arab
NORP | السعودي | p6_saudi3
EVENT | ليلة سعودية | p6_night
