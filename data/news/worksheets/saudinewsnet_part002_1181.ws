# saudinewsnet_part002_1181 (annotator16)
@P1
PER | كيري | p1_kerry
PER | بندر بن سلطان | p1_bandar
GPE | إيران | p1_iran
REL | CRITICIZES | p1_kerry | p1_bandar

@P2
PER | خالد علي | p2_khaled
ORG | سبق | p2_sabq
GPE | جدة | p2_jeddah
REL | ROLE | p2_khaled | p2_sabq
NORP | الأمريكي | p2_us1
PER | جون كيري | p2_kerry1
REL | ROLE | p2_kerry1 | p2_us1
PER | بندر بن سلطان | p2_bandar1
NORP | السعودي | p2_saudi1
GPE | واشنطن | p2_washington
DATE | العامين 1981 و2005 | p2_years
ORG | الاستخبارات السعودية | p2_gip
REL | ROLE | p2_bandar1 | p2_saudi1
REL | ROLE | p2_bandar1 | p2_gip
REL | CRITICIZES | p2_kerry1 | p2_bandar1
PER | كيري | p2_kerry2
ORG | سي ان ان | p2_cnn
NORP | الأمريكية | p2_us2
PER | بندر بن سلطان | p2_bandar2
LAW | الاتفاق النووي الإيراني | p2_jcpoa1
REL | CRITICIZES | p2_kerry2 | p2_bandar2
PER | كيري | p2_kerry3
PER | بندر بن سلطان | p2_bandar3
REL | CRITICIZES | p2_kerry3 | p2_bandar3
NORP | السعودي | p2_saudi2
PER | عادل الجبير | p2_jubeir
REL | ROLE | p2_jubeir | p2_saudi2
REL | MEET | p2_kerry3 | p2_jubeir
NORP | السعوديون | p2_saudis
NORP | الأمريكي | p2_us3
LOC | الشرق الأوسط | p2_me1
ORG | الكونجرس | p2_congress
GPE | أمريكا | p2_america1
PER | جون كيري | p2_kerry4
ORG | الأمم المتحدة | p2_un
GPE | إيران | p2_iran1
GPE | إيران | p2_iran2
PER | بندر بن سلطان | p2_bandar4
PER | أوباما | p2_obama
LAW | الصفقة النووية | p2_deal
GPE | إيران | p2_iran3
REL | CRITICIZES | p2_bandar4 | p2_obama
REL | PARTY_TO | p2_obama | p2_deal
REL | PARTY_TO | p2_iran3 | p2_deal
LAW | الاتفاق النووي | p2_nkdeal
GPE | كوريا الشمالية | p2_nk
REL | PARTY_TO | p2_nk | p2_nkdeal
GPE | إيران | p2_iran4
MONEY | مليارات من الدولارات | p2_money
LOC | الشرق الأوسط | p2_me2
GPE | إيران | p2_iran5
PER | بندر بن سلطان | p2_bandar5
PER | هنري كيسنجر | p2_kissinger
GPE | أمريكا | p2_america2
GPE | أمريكا | p2_america3
