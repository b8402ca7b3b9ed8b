# saudinewsnet_part014_0124 (annotator54)
@P1
PER | سوبر ماريو | p1_supermario          # the player's nickname (PER, §7.1)

@P2
NORP | الإيطالي | p2_italian
PER | ماريو بالوتيلي | p2_balotelli
ORG | ليفربول | p2_lfc
REL | ROLE | p2_balotelli | p2_lfc          # "مغامرة ... مع ليفربول": he plays for the club
NORP | الإنجليزي | p2_english
NORP | الأيرلندي الشمالي | p2_ni
PER | برندن رودجرز | p2_rodgers
REL | ROLE | p2_rodgers | p2_lfc            # bare title "المدرب", club named in the same sentence
GPE | فنلندا | p2_finland
REL | VISIT | p2_lfc | p2_finland           # the club's squad travelling to its camp abroad
DATE | موسم المقبل | p2_season

@P3
ORG | إي إس بي إن | p3_espn
ORG | ليفربول | p3_lfc
GPE | فنلندا | p3_finland1
REL | VISIT | p3_lfc | p3_finland1
ORG | نادي هلسنكي | p3_hjk                # "نادي" kept: "هلسنكي" alone reads as the city
PER | بالوتيلي | p3_balotelli
REL | ROLE | p3_balotelli | p3_lfc
PER | فابيو بوريني | p3_borini
REL | ROLE | p3_borini | p3_lfc
NORP | الإسباني | p3_spanish
PER | خوسيه أنريكي | p3_enrique
REL | ROLE | p3_enrique | p3_lfc
GPE | فنلندا | p3_finland2

@P4
# "هناك توجه للتخلي عن ... لمصلحة وست بروميتش" is only a tendency: no ROLE
PER | ريكي لامبرت | p4_lambert
ORG | وست بروميتش البيون | p4_wba
MONEY | أربعة ملايين جنيه استرليني | p4_fee

@P5
ORG | ليفربول | p5_lfc
PER | بالوتيلي | p5_balotelli
REL | ROLE | p5_balotelli | p5_lfc          # the club listens to offers for its player
ORG | سمبدوريا | p5_samp
ORG | بولونيا | p5_bologna
ORG | لاتسيو | p5_lazio

@P6
PER | رودجرز | p6_rodgers
PER | بالوتيلي | p6_balotelli
NORP | الآسيوية | p6_asian
NORP | الأسترالية | p6_australian
ORG | ليفربول | p6_lfc
DATE | موسم المقبل | p6_season
PER | سوبر ماريو | p6_supermario
ORG | الحمر | p6_reds                      # club nickname ("the Reds"), ORG like the club (§7.8)
REL | ROLE | p6_supermario | p6_reds
DATE | الصيف الماضي | p6_summer
MONEY | 16 مليون جنيه استرليني | p6_fee
ORG | ميلان | p6_milan
REL | ROLE | p6_supermario | p6_milan       # "قادما من ميلان": former club

@P7
PER | بالوتيلي | p7_balotelli
PER | رودرجز | p7_rodgers                  # misspelling as written
ORG | إنستاجرام | p7_instagram

@P8
NORP | الإيطالي | p8_italian
ORG | ليفربول | p8_lfc

@P9
PER | سوبر ماريو | p9_supermario
PER | جوردان هندرسون | p9_henderson
ORG | ليفربول | p9_lfc
REL | ROLE | p9_supermario | p9_lfc        # he took the penalty Liverpool won
REL | ROLE | p9_henderson | p9_lfc          # "زميله", Liverpool's penalty taker
ORG | بشكتاش | p9_besiktas
NORP | التركي | p9_turkish
NORP | الأوروبي | p9_europa                # "الدوري الأوروبي": NORP only (§7.8)
ORG | يوروبا ليغ | p9_europaleague         # the competition's transliterated proper name, ORG like دوري أبطال أوروبا

@P10
PER | بالوتيلي | p10_balotelli
ORG | إنتر ميلان | p10_inter
REL | ROLE | p10_balotelli | p10_inter      # "أنديته السابقة": former clubs
ORG | مانشستر سيتي | p10_city
REL | ROLE | p10_balotelli | p10_city
NORP | الإنجليزي | p10_english
ORG | ميلان | p10_milan
REL | ROLE | p10_balotelli | p10_milan
ORG | بشيكتاش | p10_besiktas              # "ركلة جزاء بشيكتاش": the club's name (variant spelling), no proclitic
ORG | ليفربول | p10_lfc
REL | ROLE | p10_balotelli | p10_lfc

@P11
NORP | إيطالي | p11_italian
PER | بوريني | p11_borini
ORG | ليفربول | p11_lfc
REL | ROLE | p11_borini | p11_lfc
ORG | الدوري الممتاز | p11_pl                # the (English) Premier League's usual short name
PER | رودجرز | p11_rodgers
ORG | روما | p11_roma                       # the club AS Roma (he came from it), not the city
REL | ROLE | p11_borini | p11_roma
DATE | عام 2012 | p11_2012
MONEY | 10.5 ملايين جنيه استرليني | p11_fee

@P12
ORG | ليفربول | p12_lfc
PER | بوريني | p12_borini
REL | ROLE | p12_borini | p12_lfc
DATE | 2014 | p12_2014
ORG | سندرلاند | p12_sunderland
REL | ROLE | p12_borini | p12_sunderland    # "دافع عن ألوان الأخير ... على سبيل الإعارة" (loan, former)
MONEY | 14 مليون جنيه | p12_offer1
ORG | كوينز بارك | p12_qpr
MONEY | عشرة ملايين جنيه | p12_offer2

@P13
PER | خوسيه أنريكي | p13_enrique
ORG | ليفربول | p13_lfc
REL | ROLE | p13_enrique | p13_lfc
DATE | عام 2011 | p13_2011
ORG | نيوكاسل يونايتد | p13_newcastle
REL | ROLE | p13_enrique | p13_newcastle
MONEY | سبعة ملايين جنيه استرليني | p13_fee
ORG | الحمر | p13_reds
REL | ROLE | p13_enrique | p13_reds
ORG | الدوري الممتاز | p13_pl
DATE | الموسم الماضي | p13_season

@P14
ORG | ليفربول | p14_lfc
NORP | البلجيكي | p14_belgian
PER | كريستيان بينتيكي | p14_benteke
MONEY | 46.5 مليون يورو | p14_fee1
ORG | إستون فيلا | p14_villa
NORP | البرازيلي | p14_brazilian
PER | روبرتو فيرمينو | p14_firmino
MONEY | 41 مليون يورو | p14_fee2
ORG | هوفنهايم | p14_hoffenheim
NORP | الألماني | p14_german
PER | ناثانييل كلاين | p14_clyne
MONEY | 17.7 مليون يورو | p14_fee3
ORG | ساوثمبتون | p14_southampton
PER | جو غوميز | p14_gomez
MONEY | 4.9 ملايين يورو | p14_fee4
ORG | تشارلون أثلتيك | p14_charlton
PER | جيمس ميلنر | p14_milner
ORG | مانشستر سيتي | p14_city
NORP | المجري | p14_hungarian
PER | آدم بوغدان | p14_bogdan
ORG | بولتون | p14_bolton
PER | داني إينجز | p14_ings
ORG | بيرنلي | p14_burnley
REL | ROLE | p14_benteke | p14_lfc
REL | ROLE | p14_benteke | p14_villa
REL | ROLE | p14_firmino | p14_lfc
REL | ROLE | p14_firmino | p14_hoffenheim
REL | ROLE | p14_clyne | p14_lfc
REL | ROLE | p14_clyne | p14_southampton
REL | ROLE | p14_gomez | p14_lfc
REL | ROLE | p14_gomez | p14_charlton
REL | ROLE | p14_milner | p14_lfc
REL | ROLE | p14_milner | p14_city
REL | ROLE | p14_bogdan | p14_lfc
REL | ROLE | p14_bogdan | p14_bolton
REL | ROLE | p14_ings | p14_lfc
REL | ROLE | p14_ings | p14_burnley

@P15
# "فريق رودجرز" names no club: no ROLE to Liverpool for the departing players (§7.7 precedent)
PER | رودجرز | p15_rodgers
DATE | موسم الجديد | p15_season
PER | ستيفن جيرارد | p15_gerrard
NORP | الأمريكي | p15_american            # "الدوري الأمريكي": NORP only
ORG | لوس أنجليس جالاكسي | p15_galaxy
REL | ROLE | p15_gerrard | p15_galaxy
PER | رحيم ستيرلينغ | p15_sterling
ORG | مانشستر سيتي | p15_city
REL | ROLE | p15_sterling | p15_city
MONEY | 60.5 مليون يورو | p15_fee
PER | جلين جونسون | p15_johnson
ORG | ستوك سيتي | p15_stoke
REL | ROLE | p15_johnson | p15_stoke
