# saudinewsnet_part014_0307 (annotator52)
# Agreement on personal terms while the clubs have not agreed on the fee, and a move "في حال": no ROLE to روما for Dzeko.
@P1
ORG | روما | p1_roma
PER | دزيكو | p1_dzeko

@P2
PER | إيدين دزيكو | p2_dzeko1
ORG | مانشستر سيتي | p2_mancity
NORP | الإنجليزي | p2_english1
ORG | روما | p2_roma1
NORP | الإيطالي | p2_italian1
ORG | سكاي سبورت | p2_sky
NORP | الإنجليزي | p2_english2
NORP | الإيطالي | p2_italian2
NORP | البوسني | p2_bosnian
# "لقب الدوري الإنجليزي" → NORP only (leagues named by an adjective)
NORP | الإنجليزي | p2_english3
ORG | سيتي | p2_city1
PER | دزيكو | p2_dzeko2
PER | مانويل بيليجريني | p2_pellegrini
ORG | سيتي | p2_city2
DATE | الموسم الماضي | p2_lastseason
NORP | التشيلي | p2_chilean
DATE | الشهر الماضي | p2_lastmonth
MONEY | 27 مليون جنيه استرليني | p2_fee1
ORG | سيتي | p2_city3
PER | رحيم سترلينج | p2_sterling
ORG | ليفربول | p2_liverpool
NORP | الإنجليزي | p2_english4
MONEY | 49 مليون جنيه استرليني | p2_fee2
DATE | فترة الانتقالات الصيفية الحالية | p2_window
NORP | الإيفواري | p2_ivorian
PER | ويلفرد بونيه | p2_bony
ORG | سيتي | p2_city4
DATE | يناير الماضي | p2_january
NORP | الأرجنتيني | p2_argentine
PER | سيرخيو أجويرو | p2_aguero
PER | دزيكو | p2_dzeko3
NORP | الإيطالية | p2_italian3
# "الدوري الإنجليزي الممتاز" → NORP only, like "الدوري الإنجليزي"
NORP | الإنجليزي | p2_english5
ORG | روما | p2_roma2
DATE | هذا الصيف | p2_summer
NORP | الإيطالي | p2_italian4
DATE | هذا الأسبوع | p2_thisweek
NORP | البولندي | p2_polish
PER | فويتشيك تشيزني | p2_szczesny
ORG | أرسنال | p2_arsenal
REL | ROLE | p2_dzeko1 | p2_mancity
# "اللاعب الدولي البوسني، الذي توج بلقب الدوري الإنجليزي مع سيتي": "اللاعب" is Dzeko of the same paragraph
REL | ROLE | p2_dzeko1 | p2_city1
REL | ROLE | p2_pellegrini | p2_city2
REL | ROLE | p2_sterling | p2_city3
REL | ROLE | p2_sterling | p2_liverpool
REL | ROLE | p2_bony | p2_city4
# Aguero is named as part of "الفريق" (City) in the same sentence
REL | ROLE | p2_aguero | p2_city4
REL | ROLE | p2_szczesny | p2_arsenal
# "ضم الفريق الإيطالي ... تشيزني": "الفريق الإيطالي" is روما named earlier in the same sentence
REL | ROLE | p2_szczesny | p2_roma2
