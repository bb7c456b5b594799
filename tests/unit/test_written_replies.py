"""Written peer-support replies scored on their own, with no client turn before them.

Why: the CEO's held-out set includes peer-support utterances, and the public data of that kind
(Welivita & Pu 2023, bench/forum_agreement.py) is single sentences from forum replies: no
client words to mirror, and commands whose verbs no closed list foresees.
"""

from __future__ import annotations

import pytest

from evaluators import mood
from evaluators.local import LocalEvaluator
from evaluators.types import TurnInput

EV = LocalEvaluator()


def codes(utterance: str, client: str | None = None) -> set[str]:
    history = [{"role": "client", "text": client}] if client else []
    return set(EV.evaluate(TurnInput(history=history, utterance=utterance)).behaviors)


@pytest.mark.parametrize("utterance", [
    "Seek the help of a professional.",
    "Create attainable goals for yourself with the help of the counselor.",
    "Align yourself with the people and activities that matter most to you.",
    "If transportation is a problem, call a local mental health agency.",
    "Please, before you think about doing this, take a deep breath.",
    "For your mental health, do not leave anything unsaid.",
    "Validate what you hear your parents say.",
])
def test_a_command_with_any_verb_is_direct(utterance: str) -> None:
    assert "direct" in codes(utterance)


@pytest.mark.parametrize("utterance", [
    "Think of the reason you are angry.",
    "See if you can figure out what you wanted in that moment.",
    # "at least" / "trust me" leading into a command push advice; they do not brush off
    "If you can't quit, at least find something to counterbalance it.",
    "I know this sounds unrealistic, but trust me, ditch your friends.",
])
def test_commands_after_a_lead_or_with_of_are_direct(utterance: str) -> None:
    found = codes(utterance)
    assert "direct" in found and "minimize" not in found


WEED_POST = ("Been smoking every night for about six years, I like it and it helps me relax after "
             "work, but I want to get down to weekends only. My partner says it's my problem not "
             "his. Smelling it every night is killing me. Has anyone actually pulled off cutting "
             "back instead of quitting? How did you do it?")


@pytest.mark.parametrize("utterance,post", [
    ("So it's less about the weed itself and more about having a way to switch off?", WEED_POST),
    ("So a good day basically turns into a four day debt?",
     "I do the kitchen and go to the shop on a good day, and then I'm wiped out for 4 days after. I "
     "know I'm supposed to stop before I'm tired but I can never tell when that is until it's too "
     "late. How do the rest of you pace yourselves?"),
    ("Smelling it every single night, forty days in.",
     "I'm 40 days off weed and my boyfriend still smokes every night on our balcony. He says it's "
     "my problem not his and he shouldn't have to change his life. I get it but smelling it every "
     "night is killing me. Am I being unfair asking him to stop?"),
])
def test_a_reframe_or_an_echo_of_the_post_without_you_is_a_reflection(utterance: str,
                                                                       post: str) -> None:
    assert {"simple_reflection", "complex_reflection"} & codes(utterance, client=post)


def test_a_judgement_about_the_posters_plan_is_not_an_echo() -> None:
    found = codes("Cutting back instead of quitting is not giving up, plenty of people manage it.",
                  client=WEED_POST)
    assert not {"simple_reflection", "complex_reflection"} & found


@pytest.mark.parametrize("utterance", [
    "In addition to the fights with your parents, it appears that you are also struggling with stress.",
    "It could be that you feel safe with your cat, so strong emotions come up.",
    "Reading this, it seems that you're really missing her.",
])
def test_a_hedged_guess_at_the_posters_inner_state_is_a_reflection(utterance: str) -> None:
    assert {"simple_reflection", "complex_reflection"} & codes(utterance)


@pytest.mark.parametrize("utterance", [
    "Research shows that sleep matters more than people think.",
    "Sleep is the big reset and allows us to function in the day.",
    "Work was hard on both of us that year.",
    "Thank you for sharing this with us.",
    "Hope this helps a little.",
    "Be well.",
    "Stay safe.",
    "No drive-through at all.",
    "Respect matters a lot to you.",
    "Take good care.",
])
def test_a_noun_subject_or_a_set_phrase_is_not_a_command(utterance: str) -> None:
    assert not {"direct", "advise"} & codes(utterance)


@pytest.mark.parametrize("utterance", [
    "I would also suggest seeing a therapist for individual sessions.",
    "You also may want to talk to someone who specializes in EMDR.",
    "I find exercise and trying to build a routine helps.",
    "I say it might be time to sit down with an individual therapist.",
    "If the concern is self-esteem, consider asking your partner what they like about you.",
    "So if the abuse continues, it would be more beneficial for you and your child to move out.",
    "Something else to think about is your own comfort in being bisexual.",
    "Journaling is a great way to get your thoughts out of your head.",
    "It's worth talking to your doctor about adjusting the dose.",
    "Another option is to ask your GP for a referral.",
    "Your best bet is to call the hotline.",
    "Setting small goals each day makes a big difference.",
    # dev6 writers
    "What helped me was having an exit plan, like my own car and a set time to leave.",
    "One thing that worked for me was showering in the dark with just the hallway light on.",
    "A sex therapist or couples counselor who specializes in this can be really useful.",
    "Many people in your situation start by telling one person they're sure will be safe.",
    "If you can, try going back to a small store for like 5 minutes this week.",
    "If you're still barely sleeping by week 4 I'd mention it to a doctor.",
])
def test_suggestions_in_written_form_are_advice(utterance: str) -> None:
    assert "advise" in codes(utterance)


@pytest.mark.parametrize("utterance", [
    "You deserve better.",
    "You are important in this world.",
    "I know you can do it.",
    "You can get through this.",
    "Not a lot of people can be that honest.",
    "You must be a very strong and caring person.",
    "You're clearly a caring person.",
    "The fact that you're asking this question shows how much you care.",
    "You've already done the hardest part by reaching out.",
    "You handled that better than most people would.",
    "Honestly, you're stronger than you think.",
    "Your self-awareness is impressive.",
    "Wanting to get better is already a good sign.",
    # dev6 writers
    "Leaving a table where you're getting picked apart is a pretty reasonable boundary.",
    "Showing up for your kids every other weekend while the rest of the time is this lonely takes alot.",
    "Whatever you decide, doing this work at 41 is brave as hell.",
    "Forty days is forty days and nobody can take that from you.",
    "I also want to say that not wanting to pressure her speaks well of you.",
    "One day at a time, you can do this.",
])
def test_worth_and_confidence_in_the_poster_are_affirmations(utterance: str) -> None:
    assert "affirm" in codes(utterance)


@pytest.mark.parametrize("utterance", [
    "You deserve friends who make room for the sick version of you too.",
    "Look after yourself too, you matter in this as well.",
    "not using is your full time job right now, and you're showing up for it every single day.",
    "that's a really strong choice, going toward someone instead of toward the drawer.",
    "thanks for being straight with me.",
    "14 months off fent is huge.",
    "That's you looking after yourself.",
])
def test_strengths_in_chat_and_forum_words_are_affirmations(utterance: str) -> None:
    assert "affirm" in codes(utterance, client="I finally told my sister. I've been clean 14 months.")


@pytest.mark.parametrize("utterance", ["Good luck!", "Happy to help!", "Take care!"])
def test_good_wishes_are_not_praise(utterance: str) -> None:
    assert "affirm" not in codes(utterance)


def test_a_pseudo_cleft_is_a_statement_not_a_question() -> None:
    said = codes("What makes it even trickier is that his hugs may be misleading you.")
    assert not {"open_question", "closed_question"} & said
    assert "open_question" in codes("What makes it even trickier for you?")


@pytest.mark.parametrize("utterance", [
    "What you're going through sounds exhausting.",
    "Your family doesn't seem to take your pain seriously.",
    "You feel like nobody would notice if you disappeared.",
    "From what you wrote, it sounds like the panic attacks started after the accident.",
    "Reading your post, I can hear how tired you are.",
    "You're grieving, and grief takes its own time.",
    "You want your mom to be proud of you, and it hurts that she isn't.",
    "It appears that you are also struggling with stress and anxiety.",
    "You mentioned that you haven't slept properly in weeks.",
    "Your whole life has been turned upside down.",
    "Being the one everyone leans on is a lot.",
    "Losing a parent is one of the hardest things there is.",
])
def test_written_reflections_need_no_client_turn(utterance: str) -> None:
    found = codes(utterance)
    assert {"simple_reflection", "complex_reflection"} & found
    assert not {"minimize", "affirm"} & found


@pytest.mark.parametrize("utterance", [
    "Cutting back is just the addiction negotiating with you.",
    "Honestly, you two have been coddling him for far too long.",
    "Therapy only works if you actually do the work between sessions tbh.",
    "Energy drinks, great, because that always ends well.",
    "Honestly you feeling sick is the least of anyone's problems here.",
    "The meds just make you hungrier so it really comes down to willpower.",
])
def test_blaming_the_poster_is_confrontation(utterance: str) -> None:
    assert "confront" in codes(utterance)


@pytest.mark.parametrize("utterance", [
    "Stepfamily researchers often say it takes four to seven years for a blended family to gel.",
    "Most banks can put a gambling block on debit cards now, right in the app.",
])
def test_how_things_usually_are_informs_even_on_the_posts_topic(utterance: str) -> None:
    post = "My stepson won't talk to me and I gambled away the car payment on my debit card."
    found = codes(utterance, client=post)
    assert "inform" in found
    assert not {"simple_reflection", "complex_reflection"} & found


# A long post with no question in it: nothing asks for information, so only the form of the
# reply says it informs.
POST = ("Had my 3rd therapy session today and I basically cried the entire 50 minutes, could barely "
        "get a sentence out. My daughter lies to me about vaping right in front of me and my mum "
        "died in March, so there is a lot going on. I feel so embarrassed and like I wasted the whole "
        "session and her time. I don't even know why I'm posting this, I just needed to say it to "
        "someone who isn't her.")


@pytest.mark.parametrize("utterance", [
    "Crying by the third session usually means you've started to feel safe enough with her.",
    "Grief doesn't always show up on schedule, it can hit weeks later.",
    "Lying about it when it's right in front of you is super typical at that age.",
    # what a service or professional does
    "Your pediatrician can talk to her privately about quitting.",
    "Receptionists make a hundred of these calls a day, you won't be the weird one.",
])
def test_how_things_usually_go_informs_even_with_you_inside(utterance: str) -> None:
    found = codes(utterance, client=POST)
    assert "inform" in found
    assert not {"simple_reflection", "complex_reflection"} & found


@pytest.mark.parametrize("utterance", ["Rooting for you both.", "Sending you strength.",
                                       "Best wishes to you and your family."])
def test_sign_offs_are_other(utterance: str) -> None:
    assert codes(utterance, client="Today is my first day sober.") == {"other"}


@pytest.mark.parametrize("utterance", ["You're not alone in this.", "But you are not alone.",
                                       "You're definitely not the only one.", "You've got this!"])
def test_support_and_generic_cheer_are_not_reflections(utterance: str) -> None:
    found = codes(utterance, client="I'm scared and don't really know what to do.")
    assert not {"simple_reflection", "complex_reflection"} & found


@pytest.mark.parametrize("utterance,client", [
    # asks about past attempts; it suggests nothing
    ("What sorts of treatments have you tried for this before?", "It's been going on for years."),
    # the client's hope, handed back to them
    ("So you were hoping that I'd send you for more tests?",
     "So perhaps you could send me for some different tests."),
    # the trainee's plan for the session
    ("So I thought I'd start by telling you a little bit about myself.", "Hi. Thank you."),
])
def test_an_i_would_or_have_you_tried_that_suggests_nothing_is_not_advice(utterance: str,
                                                                           client: str) -> None:
    assert "advise" not in codes(utterance, client=client)


def test_asking_for_an_example_is_an_open_question_not_advice() -> None:
    found = codes("Could you give an example of a time a simple task felt overwhelming?")
    assert "open_question" in found and "advise" not in found


@pytest.mark.parametrize("utterance", [
    "What helped most was getting a carer's assessment from the council.",
    "What worked for us was to never argue or try to prove it.",
])
def test_what_worked_for_the_writer_answers_a_request_with_advice(utterance: str) -> None:
    assert "advise_with_permission" in codes(utterance, client="How do you all handle this??")


def test_a_word_that_can_be_a_verb_opens_a_tip_when_the_post_asked_for_tips() -> None:
    post = "I do the kitchen and the shop and then I'm wiped out for days. Any tips?"
    assert "advise_with_permission" in codes(
        "Split the kitchen into chunks, dishes one day, counters the next.", client=post)
    # without the request, "split" stays ambiguous and is not read as a command
    assert "advise_with_permission" not in codes(
        "Split the kitchen into chunks, dishes one day, counters the next.",
        client="I do the kitchen and the shop and then I'm wiped out for days.")


@pytest.mark.parametrize("post", [
    "Weekends are the worst. How do adults actually make friends??",
    "He wants to try again. Am I an idiot for thinking about it? Be honest",
    "The doctors won't tell me anything. What do other parents do?",
    "I keep thinking about it. How do you guys get through nights like this",
    "Melatonin does nothing. Anything that actually works?? im desperate",
    "Which one would you pick",
])
def test_a_tip_the_post_asked_for_is_advice_with_permission(post: str) -> None:
    found = codes("Join a club or two and put yourself out there.", client=post)
    assert "advise_with_permission" in found
    assert "direct" not in found


@pytest.mark.parametrize("utterance", [
    "You also don't have to come out to anyone until you're ready.",
    "You also don't owe anyone your presence at Thanksgiving.",
    "Only you and your doctor get to decide what your recovery looks like.",
    "Nobody gets to tell you how long to grieve.",
    "Take what fits and leave the rest.",
])
def test_the_posters_own_say_is_autonomy(utterance: str) -> None:
    found = codes(utterance, client="My family says I should be over it by now.")
    assert "emphasize_autonomy" in found
    assert not {"direct", "simple_reflection", "complex_reflection"} & found


def test_a_modal_suggestion_with_any_verb_is_advice() -> None:
    post = "I feel so alone since the move."
    assert "advise" in codes("You could always volunteer at the animal shelter.", client=post)
    assert "advise" in codes("You can always reapply in six months.", client=post)
    assert "advise" not in codes("You might notice the cravings fade after a few weeks.", client=post)
    assert "advise" not in codes("So sure you could double it and she'd never find out.", client=post)


def test_topic_words_shared_with_a_long_post_do_not_make_a_reflection() -> None:
    post = ("Two weeks ago I quit drinking and I still can't sleep, I lie awake until 4 every night "
            "and my heart races. My doctor says it's normal but nobody told me it would be like this "
            "and honestly a couple of beers at night was the only thing keeping me functional at work. "
            "Is this normal and how long does it last?")
    said = codes("Sleep after drinking usually takes a few weeks to settle at night.", client=post)
    assert not {"simple_reflection", "complex_reflection"} & said
    # the same words said back to the poster, with "you", still reflect
    assert {"simple_reflection", "complex_reflection"} & codes(
        "You're lying awake until 4 every night and your heart is racing.", client=post)


def test_a_peer_introducing_their_own_experience_discloses() -> None:
    post = "My friend moved away and I eat alone in my car every day at lunch."
    assert "self_disclose" in codes("Fellow car-luncher here, you're definitely not the only one.",
                                    client=post)
    assert "self_disclose" not in codes("Therapist here: it genuinely doesn't hurt our feelings.",
                                        client=post)
    assert codes("Hope you get some sleep tonight.", client=post) == {"other"}


def test_without_a_client_turn_only_the_form_of_a_reflection_makes_one() -> None:
    generic = "There are a myriad of possibilities and answers."
    assert not {"simple_reflection", "complex_reflection"} & codes(generic)
    assert {"simple_reflection", "complex_reflection"} & codes(
        "It sounds like you're exhausted by all of this.")
    # with the client's words before it, the same kind of remark can mirror them
    assert {"simple_reflection", "complex_reflection"} & codes(
        "Your boss keeps piling it on.", client="My boss keeps piling work on me.")


def test_without_the_lexicon_the_closed_verb_list_still_finds_commands(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert mood.is_command("nurture your friendships")
    monkeypatch.setattr(mood, "_lemmas", lambda: None)
    mood._readings.cache_clear()
    try:
        assert mood.is_command("call your sponsor tonight")
        assert not mood.is_command("nurture your friendships")
    finally:
        mood._readings.cache_clear()


# --- a sentence with no post at all (dev9): the forms that carry a reflection or an affirm ---

REFLECTIONS = {"simple_reflection", "complex_reflection"}


@pytest.mark.parametrize("utterance", [
    # a guess hedged by "probably" / "likely"
    "Your mom probably still remembers the worst of your using and hasn't stopped being scared.",
    "She's probably not rejecting you so much as running on empty.",
    "Your sister is likely as scared of losing you as you are of losing her.",
    # "The fact that you ... tells me ..." with anything about the poster after it
    "The fact that you feel this guilty tells me how much this community means to you.",
    # "no wonder" after the scene it follows from; "would make anyone ..."
    "Holding hands saying a prayer you don't believe in, no wonder you feel like a fraud.",
    "Being ghosted the day after you opened up would make anyone wary of doing it again.",
    "Finding out from another parent must have been a terrible way to learn this.",
])
def test_a_guess_at_the_posters_state_reflects_with_no_post(utterance: str) -> None:
    assert REFLECTIONS & codes(utterance)


@pytest.mark.parametrize("utterance", [
    "You'll probably need to call them again on Monday.",    # predicts and advises
    "It will probably help if you write it down first.",
    "You're probably just reading into it.",                 # brushes it off
    "They probably have a sliding scale, can you ask?",
    "I probably would have done the same thing.",            # about the writer
])
def test_probably_in_advice_a_brush_off_or_a_question_is_not_a_reflection(utterance: str) -> None:
    assert not REFLECTIONS & codes(utterance)


@pytest.mark.parametrize("utterance", [
    "You deserve a relationship where you can actually breathe.",
    "Also pulling onto the shoulder was exactly the right call.",
    "Good luck, and for what it's worth, five months of showing up isn't nothing.",
    "Respect for actually reading around instead of just writing her off.",  # not an order
    "Honestly the fact that you posted this at all is a step toward making the call.",
])
def test_written_affirmations_with_no_post(utterance: str) -> None:
    got = codes(utterance)
    assert "affirm" in got and "direct" not in got


def test_keep_doing_what_youre_doing_affirms_without_ordering() -> None:
    got = codes("Keep doing what you're doing.")
    assert "affirm" in got and "direct" not in got


def test_a_command_after_or_is_still_a_command() -> None:
    assert {"advise", "direct"} & codes("Or ask someone you trust to sit next to you while you dial.")


def test_before_you_decide_is_not_autonomy() -> None:
    got = codes("Consider talking to your union rep before you decide anything.")
    assert "emphasize_autonomy" not in got and "advise" in got
    assert "emphasize_autonomy" in codes("It's your life, you decide what happens next.")


@pytest.mark.parametrize("utterance", [
    "Have you told your GP how bad the fog has got?",
    "Have you had your thyroid checked?",
    "Is there anyone you could text right now, even if you don't tell them why?",
    "Could you talk to the facilitator one on one about the guy who talks over everyone?",
])
def test_a_step_suggested_as_a_question_is_advice_and_a_question(utterance: str) -> None:
    got = codes(utterance)
    assert "advise" in got and "closed_question" in got


@pytest.mark.parametrize("utterance", [
    "Can you tell me more about what happened?",          # asks the client to talk
    "Would you be open to talking about what's going on?",  # asks for the conversation
])
def test_asking_the_client_to_talk_is_not_advice(utterance: str) -> None:
    assert not {"advise", "advise_with_permission"} & codes(utterance)


@pytest.mark.parametrize("utterance", [
    "Small snacks every couple hours tends to work better than forcing full meals.",
    "Having some kind of plan for the day, even a dumb one, is way better than leaving it open.",
])
def test_a_course_of_action_recommended_by_comparison_is_advice(utterance: str) -> None:
    assert "advise" in codes(utterance)


def test_a_comparison_that_argues_back_is_not_advice() -> None:
    assert "advise" not in codes("Thirty pounds is better than being psychotic though, right?",
                                 client="I've gained thirty pounds on this med and I hate it.")


def test_could_you_tell_someone_else_is_closed_could_you_tell_me_is_open() -> None:
    assert "closed_question" in codes("Could you tell her about the voices before the review?")
    assert "closed_question" in codes("Could you talk to your manager about the shifts?")
    assert "open_question" in codes("Could you tell me a bit more about the shifts?")


POST = ("I'm an ER nurse and since the code last week I keep replaying it, I see her face when I "
        "close my eyes, I'm fine at work and then I lose it in the car on the way home every night.")


@pytest.mark.parametrize("utterance", [
    "There's a name for this, moral injury, when you're made to act against what you believe is right.",
    "What you're describing is very common in the first few weeks after a call like that.",
    "Replaying it is one of the most common things people do after a hard call.",
])
def test_naming_the_phenomenon_or_how_common_it_is_informs(utterance: str) -> None:
    got = codes(utterance, client=POST)
    assert not REFLECTIONS & got and "inform" in got


@pytest.mark.parametrize("utterance", ["Keep us posted, we're here.", "Take it slow 💛",
                                       "Hang in there brother."])
def test_sign_offs_are_not_orders(utterance: str) -> None:
    assert codes(utterance, client=POST) == {"other"}


def test_take_it_easy_on_something_is_still_a_tip() -> None:
    assert "direct" in codes("Take it easy on the caffeine after lunch.", client=POST)


@pytest.mark.parametrize("utterance", [
    "write it down and hand it over. that's a smart way around the awkward part.",
    "that's a solid plan, and the target part came from you",
    "Leaving with a 6 year old and starting over at your mom's took a lot of guts.",
])
def test_a_solid_plan_and_it_took_guts_affirm(utterance: str) -> None:
    assert "affirm" in codes(utterance, client="I'm going to write my questions down for the doctor.")


def test_words_handed_to_the_client_to_use_are_advice() -> None:
    client = "i don't know what to tell people at work about where i was for a month"
    assert "advise" in codes("you could just say it was a family thing.", client=client)
    assert "advise" not in codes("Also you can say no, and nobody will ask why.", client=client)


@pytest.mark.parametrize("utterance", [
    "I tapered off klonopin in 2021 and it took me 7 months.",
    "I transferred schools sophomore year and spent my entire first semester eating lunch in my car.",
    "lol same, I still rehearse phone calls sometimes, so I get it.",
    "Honestly, I had the exact same thing on lexapro, anxiety gone but so was every other feeling.",
])
def test_the_writers_own_story_in_the_past_tense_is_self_disclosure(utterance: str) -> None:
    assert "self_disclose" in codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "you're right, I got pushy. what would be most useful to talk about tonight?",
    "I heard you say the nights are the worst part.",
    "I was wondering how the week went after that.",
])
def test_the_trainees_moves_in_this_conversation_are_not_self_disclosure(utterance: str) -> None:
    assert "self_disclose" not in codes(utterance, client=POST)


def test_hang_in_there_is_a_sign_off_unless_it_brushes_past() -> None:
    assert codes("Hang in there.", client=POST) == {"other"}
    assert "minimize" in codes("Oh, you'll feel better, trust me. Just hang in there.", client=POST)


@pytest.mark.parametrize("utterance", [
    "Your agency should have a CISM team or at least an EAP.",
    "Honest answer, you don't, at least not the way you used to.",
    "If he doesn't, it might be worth telling him at least the outline.",
    "Friendships do better when they're not someone's only support, it's just a lot for one person.",
])
def test_at_least_or_just_without_a_silver_lining_is_not_minimising(utterance: str) -> None:
    assert "minimize" not in codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "At least you had a lot of good years together.",
    "Well, at least it happened now and not right before the holidays.",
    "Could be worse, at least you've got a place to stay.",
])
def test_a_silver_lining_is_minimising(utterance: str) -> None:
    assert "minimize" in codes(utterance, client=POST)


def test_siding_with_the_critic_and_disbelief_confront() -> None:
    client = "my doctor keeps saying i need to lose weight but she doesn't get how hard it is"
    assert "confront" in codes("Well, she's probably right. Weed can trigger mania.", client=client)
    assert "confront" in codes("Oh, it's your friend's. Right. That's what everyone says.",
                               client="it's not mine, it's my friend's vape")
    # agreeing with the client is not siding with anyone
    assert "confront" not in codes("She's right there with you on this.", client=client)


@pytest.mark.parametrize("utterance", [
    "Most banks can put a gambling block on debit cards now.",
    "Some shelters let you appeal a curfew write-up if the bus was late.",
])
def test_how_things_are_done_told_of_a_group_informs(utterance: str) -> None:
    got = codes(utterance, client="I got written up at the shelter and I gamble my whole check.")
    assert "inform" in got and not REFLECTIONS & got


@pytest.mark.parametrize("utterance", [
    "You can ask for the call to be recorded if you request it in advance.",
    "Your neurologist fills out a certification form, and then those days can't count against you.",
])
def test_a_right_or_what_the_clients_services_do_is_not_a_reflection(utterance: str) -> None:
    client = "I've missed six days this quarter with migraines and HR wants a meeting on a recorded call."
    assert not REFLECTIONS & codes(utterance, client=client)


@pytest.mark.parametrize("utterance", [
    "You're also allowed to not go, and that doesn't make you a bad daughter.",
    "You get to take as long as you want figuring this out.",
])
def test_the_clients_say_is_autonomy_not_a_reflection(utterance: str) -> None:
    client = "My mom wants me home for Thanksgiving and I don't want to go. Am I a bad daughter?"
    got = codes(utterance, client=client)
    assert "emphasize_autonomy" in got
    assert "complex_reflection" not in got


@pytest.mark.parametrize("utterance", [
    "What helped me was magnesium glycinate before bed.",
    "What finally worked in our house was me writing down every single task for a week.",
    "When one partner says \"we're fine,\" it often means they aren't feeling the distance the same way",
    "If the internal appeal fails you can ask for an external review",
])
def test_a_pseudo_cleft_or_a_conditional_statement_is_not_a_question(utterance: str) -> None:
    assert not {"open_question", "closed_question"} & codes(utterance, client=POST)


def test_an_unpunctuated_question_after_a_condition_is_still_one() -> None:
    assert "open_question" in codes("when you freeze like that, what goes through your head?",
                                    client=POST)
    assert "closed_question" in codes("when did the nightmares start", client=POST)


def test_asking_the_clients_view_collaborates_only_after_an_offer() -> None:
    client = "I'm thinking about quitting smoking but I've tried the patch before and it didn't stick."
    after_info = codes("A lot of people find the patch plus the gum works better than the patch "
                       "alone. What do you think about that?", client=client)
    assert {"seek_collaboration", "open_question"} <= after_info
    assert {"inform", "advise"} & after_info
    after_reflection = codes("So it didn't stick last time. What do you make of that?", client=client)
    assert "seek_collaboration" not in after_reflection and "open_question" in after_reflection


def test_an_offer_to_share_left_to_the_client_seeks_collaboration() -> None:
    got = codes("Happy to DM you the list I used if that'd help?", client=POST)
    assert "seek_collaboration" in got


@pytest.mark.parametrize(("formal", "code"), [
    ("I am glad that you are getting ahead of this by noticing the pattern.", "affirm"),
    ("It is okay to feel that way.", "complex_reflection"),
    ("That is a normal reaction to what happened.", "complex_reflection"),
])
def test_forms_written_out_in_full_read_like_their_contractions(formal: str, code: str) -> None:
    assert code in codes(formal)


@pytest.mark.parametrize("utterance", [
    "Honestly at 56 in manufacturing you're probably not getting hired as a manager again, I'd lower "
    "your expectations.",
    "Honestly in your position I'd tick the box.",
    "You already said you know it's probably not great, and I'd trust that instinct.",
    "Worth asking your doctor about a referral to a vestibular specialist.",
])
def test_what_the_writer_would_do_in_the_clients_place_is_advice(utterance: str) -> None:
    assert "advise" in codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "I used to shake so badly before presentations that I'd hold my notes with both hands.",
    "I did the car lunch thing for almost a year, I'd even fake a phone call if someone walked past.",
    "When I got back I couldn't sit with my back to a door. I'd sit in restaurants and just scan, "
    "my wife would get so mad.",
    "Yeah, four hours is ridiculous, I'd be pissed too.",
    "I knew I'd chicken out otherwise.",
    "If you tell me you're going to hurt yourself, I'd have to act. I'd tell you first.",
])
def test_the_writers_past_habits_reactions_and_promises_are_not_advice(utterance: str) -> None:
    assert not {"advise", "advise_with_permission"} & codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "Close the laptop.",
    "Don't do it.",
    "Do it first thing tomorrow morning before your brain has time to build it up.",
    "Sit down with him and ask for a date, an actual month and year, not a condition.",
    "Look into a special needs trust if you don't have one.",
    "Look up Sibshops, they're workshops just for brothers and sisters of sick kids.",
    "Then just say it plainly, the job, the date, and that you're already looking.",
    "Listen to your body.",
])
def test_commands_the_lexicon_or_a_discourse_marker_hid_are_direct(utterance: str) -> None:
    assert "direct" in codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "Even the best of us slip.",
    "Over the past year the smoking has increased.",
    "Look, I get it.",
    "Good luck, let us know how it goes!",
    "Look after yourself too, you matter in this as well.",
    "Come on in, sit down.",
])
def test_adverbs_markers_and_sign_offs_are_not_commands(utterance: str) -> None:
    assert not {"direct", "confront"} & codes(utterance, client=POST)


def test_what_a_symptom_probably_means_is_no_affirmation() -> None:
    got = codes("Also get your bloods done, that many bathroom trips probably means you're flaring.",
                client=POST)
    assert "affirm" not in got


@pytest.mark.parametrize("utterance", [
    "have you been to a food bank?",
    "Are you able to take a leave of absence instead?",
    "Some people here keep two counts, days since last and total clean days.",
    "Many people in your situation start individual counseling on their own.",
    "A lot of people in your spot print that section out and bring it to their appointment.",
])
def test_a_step_asked_about_or_told_of_others_in_the_clients_place_is_advice(utterance: str) -> None:
    assert "advise" in codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "Are you able to sleep at all?",
    "A lot of people in your spot go back and forth on this for years.",
    "A lot of guys in your spot find the first year after separating is the roughest stretch.",
    "Some guys do better that way.",
])
def test_what_others_go_through_or_a_plain_question_is_not_advice(utterance: str) -> None:
    assert "advise" not in codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "Honestly you're divorced, he's allowed to move on.",
    "Honestly this is what happens when you let a deadbeat back in.",
    "Eating a sleeve of cookies is exactly why it's not moving tbh.",
    "Your parents sacrificed a lot for you, you owe it to them to tell them the truth.",
    "He's your brother, you only get one.",
    "Your parents aren't wrong tbh.",
    "Your mom has a point, women have done this forever.",
    "Honestly you're being kinda cold, it's rent, not drugs.",
    "Now is not the time to make this about you.",
    "Online classes are a cop out man.",
])
def test_siding_with_the_other_party_and_verdicts_on_the_poster_confront(utterance: str) -> None:
    assert "confront" in codes(utterance, client=POST)


def test_siding_with_the_friend_the_poster_complains_about_confronts() -> None:
    client = "My buddy keeps saying I'm too hard on the new guys at work. They're 19 and they slack."
    assert "confront" in codes("Your buddy's right, they're 19, not Marines.", client=client)


@pytest.mark.parametrize("utterance", [
    "Kids her age mostly need to hear that they're safe and that they're allowed to love both parents.",
    "The fact that you're still not trash talking her says a lot about what kind of dad you are.",
    "Of course you can't think straight, it's been one day.",
    "Doing it yourself or going online are both on the table, and you know better than us what "
    "you can stomach.",
])
def test_permission_to_love_praise_and_deference_are_no_confrontation(utterance: str) -> None:
    assert "confront" not in codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "The more you say yes, the more they'll pile on.",
    "You start dating at seven months and you'll be drinking by Christmas.",
    "If that happens again and someone codes, it's your license.",
    "Eating in your room can turn into a habit that's hard to undo, just saying.",
])
def test_consequences_foretold_warn(utterance: str) -> None:
    assert "warn" in codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "Seriously though, text him and tell him you want it back.",
    "Next time cash out half before you put it back in.",
    "Stop telling your wife you're fine.",
])
def test_commands_after_a_marker_or_quoting_reassurance_are_direct(utterance: str) -> None:
    assert "direct" in codes(utterance, client=POST)


@pytest.mark.parametrize("utterance", [
    "Lying to your coworkers makes total sense, sometimes you just can't handle the pity face.",
    "Makes total sense, the anger didn't get a 30-day chip.",
])
def test_the_clients_choice_judged_sensible_reflects(utterance: str) -> None:
    got = codes(utterance, client="I told everyone at work I had the flu. I couldn't face the "
                                  "pity. And I'm still so angry at him even though he's sober now.")
    assert got & {"simple_reflection", "complex_reflection"}


def test_also_maybe_block_is_advice() -> None:
    assert "advise" in codes("Also maybe block his number for now so the drafts can't go anywhere.",
                             client=POST)


@pytest.mark.parametrize("utterance", [
    "If you want my two cents, knock on her door and tell her you were wrong to snap.",
    "If you want my two cents, I'd send one short, no-pressure message and leave it there.",
])
def test_advice_offered_if_the_poster_wants_it_has_permission(utterance: str) -> None:
    """Offered on the poster's terms (dev6 to dev10: 11 of 12 such turns labelled so); words
    handed to the poster to say ("tell her you were wrong") are no verdict of the writer's."""
    got = codes(utterance, client="I snapped at my daughter when she asked if I was drinking again.")
    assert "advise_with_permission" in got and not {"advise", "direct", "confront"} & got


@pytest.mark.parametrize("utterance", ["Text back whenever u want.", "Be patient with yourself in the meantime.",
                                       "Let us know when you've done it so we can celebrate!"])
def test_invitations_and_self_kindness_are_not_orders(utterance: str) -> None:
    assert "direct" not in codes(utterance, client=POST)


def test_never_before_a_finite_verb_is_no_command() -> None:
    """"Never lasts." says how things go (AnnoMI); "Never go upstairs alone" orders."""
    assert "direct" not in codes("Never lasts. Mm. You seem like a bit of a crossroads to me.",
                                 client="I quit for a week every January. It never lasts.")
    assert "direct" in codes("Never go upstairs alone with a guy.", client=POST)


def test_not_totally_wrong_sides_with_the_critic_and_not_totally_right_does_not() -> None:
    client = "My mom keeps saying I'm too thin and she won't drop it."
    assert "confront" in codes("Your mom's not totally wrong.", client=client)
    assert "confront" not in codes("Your mom's not totally right either, you know your body.",
                                   client=client)


# --- dev13: a counselling Q&A site and Reddit-style replies --------------------------------

GAMING = ("ok so i'm 19 and i think gaming is kind of eating my life?? i dropped two classes. i "
          "tried uninstalling once and lasted like 3 days lol. how did you guys cut back without "
          "losing your whole friend group, bc my guild is basically my only friends rn")


@pytest.mark.parametrize("post", [
    GAMING,
    "he saw the scars and i froze and said 'cat'. ugh. how much do you tell someone and when",
    "Mom is coming home from rehab after her stroke. What do you wish someone had told you "
    "before your parent came home?",
    "My husband wants to drug test him and take his phone. What should we do? Is this a phase?",
])
def test_more_ways_posters_ask_for_advice(post: str) -> None:
    got = codes("Set raid nights to two a week and play nothing else.", client=post)
    assert "advise_with_permission" in got and not {"advise", "direct"} & got


def test_how_did_you_guys_feel_asks_for_experience_not_advice() -> None:
    got = codes("Set raid nights to two a week and play nothing else.",
                client="My guild disbanded last week. How did you guys feel when yours ended")
    assert "advise_with_permission" not in got


@pytest.mark.parametrize(("utterance", "code"), [
    ("If you let this slide, he'll be on harder drugs by 18.", "warn"),
    ("If she finds the bank statement before you tell her, that's a way bigger fight.", "warn"),
    ("Staying will only keep you stuck in his problem.", "warn"),
    ("Refusing the taper can get you flagged in the prescription database.", "warn"),
    ("Look into assisted living now before you're in over your head.", "warn"),
    ("Your wife has every right to be frustrated; this is affecting your whole family now.",
     "confront"),
    ("And honestly, snapping at your kids isn't okay even if you're in pain.", "confront"),
    ("Bro you're gaming 7 hours a night and you don't think it's that bad?", "confront"),
    ("She had her little brother in the car and you're worried about being the narc?", "confront"),
    ("Yeah you're being crazy, checking her insta 40 times is stalking.", "confront"),
    ("You also need to see your doctor to rule out anything physical.", "direct"),
    ("You're 19, so honestly the healthiest move is to start saving and move out.", "advise"),
    ("You might have better luck with rooms for rent, they usually don't ask for a cosigner.",
     "advise"),
    ("My dad was the same way and the only thing that ever worked was getting his doctor "
     "involved.", "advise"),
])
def test_dev13_moves_that_take_the_lead(utterance: str, code: str) -> None:
    assert code in codes(utterance, client="I don't know what to make of all this honestly.")


@pytest.mark.parametrize(("utterance", "absent"), [
    # reassurance, not a verdict that the poster is wrong
    ("Nothing is wrong with you, and you should be proud of losing 120 pounds!", "confront"),
    # "only" here is no brush-off
    ("Unfollow all of them, you're only torturing yourself looking at the BBQ pics.", "minimize"),
    # a couple's story, not an offer to work together
    ("A men's group and honesty with my wife is what turned it around, and we're still together.",
     "seek_collaboration"),
    # a reflection with a tag question is no rhetorical jab
    ("So your workplaces went smoke-free and you're not too pleased, huh?", "confront"),
])
def test_dev13_look_alikes(utterance: str, absent: str) -> None:
    assert absent not in codes(utterance, client="I hate my body even after the surgery.")


@pytest.mark.parametrize("utterance", [
    "You're not a horrible person.",
    "You're not being petty.",
    "Yeah thats just how restaurants are, you'll get used to it.",
    "Everyone does dumb stuff at 19, you'll laugh about this later.",
    "It gets easier, just enjoy it while they're little because it goes so fast.",
    "Honestly welcome to the corporate world, everyone's work gets 'borrowed'.",
    "2 lbs is literally water weight, it means nothing.",
    "I'm sure your prof doesn't think that at all.",
    "You couldn't have saved him; addiction is a disease.",
    "You'll land on your feet, guys like us always do.",
])
def test_reassurance_that_argues_the_poster_out_of_the_feeling_minimises(utterance: str) -> None:
    """The tuning sets label such replies minimising (14 of the 21 turns that open "You're not a
    terrible..."; most others go on to name the feeling, "You're not X, you're Y", which the
    rule leaves alone: it needs the clause to end there)."""
    assert "minimize" in codes(utterance, client="I feel like such a horrible person lately.")


@pytest.mark.parametrize("utterance", [
    "Welcome to the forum, glad you posted.",
    "You're not a bad person, you're exhausted and scared for her safety.",
    "You should be hitting a meeting every day for the first ninety, that's just how it is.",
])
def test_welcomes_reframes_and_rules_of_the_road_do_not_minimise(utterance: str) -> None:
    assert "minimize" not in codes(utterance, client="I feel like such a horrible person lately.")


@pytest.mark.parametrize("utterance", [
    "In sickness and in health, that's what you signed up for.",
    "Sorry but a promise is a promise.",
    "Honestly you were in denial for two years, the signs were all there.",
    "Tbh the rheumatologist isn't wrong, losing weight is the best thing you can do.",
])
def test_verdicts_on_what_the_poster_owes_confront(utterance: str) -> None:
    """Vows and promises held against the poster, "denial", siding with the
    doctor (12 of 12 such turns in the tuning sets are labelled confront)."""
    assert "confront" in codes(utterance, client="I'm so tired of all this, I want out.")


@pytest.mark.parametrize(("utterance", "client"), [
    # with no account to argue with, "X, though" informs (dev9)
    ("Everyone's body chemistry is different though, so your experience could be different.", None),
    ("I tried to tough it out at home the second time I quit and had a seizure.", None),
    ("And you're already calling out your own excuse, which most people can't do that early.",
     "I keep telling myself one drink is fine, which is probably an excuse."),
])
def test_information_own_stories_and_credit_do_not_confront(utterance: str, client: str | None) -> None:
    assert "confront" not in codes(utterance, client=client)


@pytest.mark.parametrize("utterance", ["Unfollow all of them today, you're only torturing yourself.",
                                       "Screenshot everything he sends you."])
def test_app_verbs_the_lexicon_lacks_open_commands(utterance: str) -> None:
    assert "direct" in codes(utterance, client="i keep checking his page at 3am and i feel sick")


@pytest.mark.parametrize(("utterance", "code"), [
    ("Don't give up, man. Seriously. It only takes one yes.", "direct"),
    ("Please don't wait for her to come to you.", "direct"),
    ("Don't get your hopes up too much. She might not call back.", "advise"),
])
def test_dont_give_up_and_dont_wait_order_while_dont_get_your_hopes_up_advises(
        utterance: str, code: str) -> None:
    """The tuning sets label "don't give up" / "don't wait" `direct` (5 of 6 such turns) and
    "don't get your hopes up" `advise` (2 of 2); Welivita's coders call "Don't give up." Direct."""
    got = codes(utterance, client="Third rejection this week. Starting to think nobody will hire me.")
    assert code in got and not ({"advise", "direct"} - {code}) & got


def test_a_reported_you_cant_is_no_order() -> None:
    """What the poster's mind tells them is reflected back, not commanded (Welivita: Complex
    Reflection); "You can't do that." said to the poster still orders."""
    got = codes("I imagine your fear has kept you from achieving those goals because your mind "
                "tells you you can't do it until the fear is gone.")
    assert "direct" not in got and "complex_reflection" in got
    assert "direct" in codes("You can't do that. Street pills are all cut with fentanyl now.",
                             client="Thinking about buying pills off a guy at work.")


def test_do_you_know_asks_and_a_regretted_burden_orders_nothing() -> None:
    """"Do you know?" is a closed question, not the command "Do" with a "you know?" tag; "I'm so
    sorry that you have to carry this" regrets the burden, it lays none on the poster."""
    assert codes("Do you know?") == {"closed_question"}
    assert "direct" not in codes("I am so so sorry that you have to carry such a great pain, I "
                                 "wish that I could hug you.")
    assert "direct" in codes("You have to call her today.", client="My sister keeps texting me.")


@pytest.mark.parametrize("utterance", [
    "I transitioned at a warehouse job in 2016 and my supervisor did the same routine for months.",
    "When I finally told her, she just hugged me and cried.",
    "I grew up in a house like that and I know that going crazy feeling.",
])
def test_own_story_in_any_past_tense_verb_is_self_disclosure(utterance: str) -> None:
    """The verb lexicon reads a past tense after "I" that the closed list lacks."""
    assert "self_disclose" in codes(utterance)


@pytest.mark.parametrize("utterance", [
    "I won't make a fuss, but I do see it.", "I am so, so sorry.", "lol fair. I deserved that.",
    "I looked over the form you filled out, thanks for doing that.",
])
def test_moves_in_this_conversation_are_no_self_disclosure(utterance: str) -> None:
    assert "self_disclose" not in codes(utterance, client="I finally told my wife about the debt.")
